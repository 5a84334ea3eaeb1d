package cn.ecopark.flow.supervision;

import cn.ecopark.flow.park.ParkNamed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Remembers, when a park is named, who applied for it: that account files the park's self-checks two, four,
 * six… years later. Runs in the naming transaction, so a named park always has its contact.
 */
@Component
class ParkContacts {

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

    Optional<String> of(Long parkId) {
        return contacts.findById(parkId).map(ParkContact::getUserId);
    }
}
