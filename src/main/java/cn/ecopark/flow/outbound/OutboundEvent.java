package cn.ecopark.flow.outbound;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a neighbour receives, as JSON (the README's "Events" section documents it). {@code eventId} is stable
 * for the state change it reports: a receiver that sees it twice has seen the same change.
 *
 * @param type                  {@code case.accepted}, {@code case.correction-requested}, {@code case.decided}
 *                              or {@code park.named}
 * @param platformApplicationId the platform's own id when the case came through the platform, else null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OutboundEvent(
        String eventId,
        String type,
        Instant occurredAt,
        String caseType,
        String caseNo,
        String platformApplicationId,
        String outcome,
        String outcomeName,
        String agency,
        String agencyName,
        String step,
        String stepName,
        LocalDate namedOn) {

    public static final String CASE_ACCEPTED = "case.accepted";
    public static final String CORRECTION_REQUESTED = "case.correction-requested";
    public static final String CASE_DECIDED = "case.decided";
    public static final String PARK_NAMED = "park.named";
}
