package cn.ecopark.flow.outbound;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.DecisionRecorded;
import cn.ecopark.flow.park.ParkNamed;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns the state changes neighbours care about into outbound events: a case accepted (受理), sent back for
 * 补正, decided by an agency, a park named. The domain events arrive inside the engine's transaction, so the
 * event and its deliveries are stored with the change or not at all; sending waits for the commit
 * ({@link OutboundDispatcher}) and never runs in the request.
 */
@Component
class OutboundEvents {

    static final String PARK_APPLICATION = "park-application";

    private final Outbox outbox;
    private final OutboundProperties properties;
    private final OutboundDispatcher dispatcher;
    private final List<PlatformReference> platformReferences;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    OutboundEvents(Outbox outbox, OutboundProperties properties, OutboundDispatcher dispatcher,
                   List<PlatformReference> platformReferences, ObjectMapper json) {
        this.outbox = outbox;
        this.properties = properties;
        this.dispatcher = dispatcher;
        this.platformReferences = platformReferences;
        this.json = json;
    }

    @EventListener
    void on(DecisionRecorded decision) {
        ApprovalRecord record = decision.record();
        if (StaffGroup.APPLICANTS.equals(record.agency())) {
            return; // the applicant's own steps (resubmission, acknowledging a notice) decide nothing
        }
        String type = switch (record.outcome()) {
            case ACCEPT, ACCEPT_WITH_DEFICIENCY -> OutboundEvent.CASE_ACCEPTED;
            case RETURN_FOR_CORRECTION -> OutboundEvent.CORRECTION_REQUESTED;
            default -> OutboundEvent.CASE_DECIDED;
        };
        store(new OutboundEvent(stableId("decision:" + record.id()), type, record.decidedAt(), record.caseType(),
                record.caseNo(), platformId(record.caseType(), record.caseNo()), record.outcome().name(),
                record.outcome().chineseName(), record.agency(), StaffGroup.displayName(record.agency()),
                record.stepKey(), record.stepName(), null));
    }

    /** A park application that passed the eligibility check is accepted (an ineligible one is 不予受理). */
    @EventListener
    void on(CaseAccepted accepted) {
        store(new OutboundEvent(stableId("accepted:" + accepted.caseNo()), OutboundEvent.CASE_ACCEPTED,
                accepted.at(), accepted.caseType(), accepted.caseNo(), platformId(accepted.caseType(), accepted.caseNo()),
                "ACCEPT", "予以受理", null, null, accepted.stepKey(), accepted.stepName(), null));
    }

    @EventListener
    void on(ParkNamed named) {
        store(new OutboundEvent(stableId("park-named:" + named.parkId() + ":" + named.caseNo()), OutboundEvent.PARK_NAMED,
                clock.instant(), PARK_APPLICATION, named.caseNo(), platformId(PARK_APPLICATION, named.caseNo()),
                "NAMED", "予以命名", null, null, "nameThePark", "予以命名", named.namedOn()));
    }

    private void store(OutboundEvent event) {
        List<String> urls = properties.getEndpoints().stream()
                .filter(endpoint -> endpoint.getUrl() != null && endpoint.wants(event.type()))
                .map(OutboundProperties.Endpoint::getUrl).distinct().toList();
        if (outbox.store(event, payload(event), urls, clock.instant()) && !urls.isEmpty()) {
            dispatcher.deliverAfterCommit();
        }
    }

    private String payload(OutboundEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbound event cannot be written as JSON: " + event.eventId(), e);
        }
    }

    private String platformId(String caseType, String caseNo) {
        return caseNo == null ? null : platformReferences.stream()
                .map(reference -> reference.platformApplicationId(caseType, caseNo))
                .flatMap(Optional::stream).findFirst().orElse(null);
    }

    /** The same state change always gets the same id, so storing it twice is a no-op and receivers can dedupe. */
    private static String stableId(String stateChange) {
        return UUID.nameUUIDFromBytes(("ecopark-flow:" + stateChange).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
