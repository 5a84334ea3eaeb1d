package cn.ecopark.flow.supervision.contact;

import cn.ecopark.flow.park.ParkNamed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Remembers, when a park is named, who applied for it: that account files the park's self-checks two, four,
 * six… years later. Runs in the naming transaction, so a named park always has its contact.
 */
@Component
public class ParkContacts {

    private final ParkContactRepository contacts;

    ParkContacts(ParkContactRepository contacts) {
        this.contacts = contacts;
    }

    @EventListener
    void on(ParkNamed event) {
        ParkContact contact = contacts.findById(event.parkId())
                .map(known -> {
                    known.update(event.contact(), event.namedOn(), event.caseNo());
                    return known;
                })
                .orElseGet(() -> ParkContact.of(event.parkId(), event.contact(), event.namedOn(), event.caseNo()));
        contacts.save(contact);
    }

    /** The account that answers for the park, if the system learnt it when the park was named. */
    public Optional<String> of(Long parkId) {
        return contacts.findById(parkId).map(ParkContact::getUserId);
    }
}
