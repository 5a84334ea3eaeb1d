package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.Outcome;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place that says when agencies' opinions conflict, for the lead agency to settle in its joint reply:
 * <ol>
 *   <li><b>意见相左</b>: an agency says 不同意 while another says 同意 or 附条件同意 — one conflict per refusing agency,
 *       naming the agencies it contradicts;</li>
 *   <li><b>条件重叠</b>: two or more agencies attach conditions on the same subject ({@link ConditionSubject},
 *       except OTHER) — one conflict per subject, since two agencies' conditions on one subject may contradict.</li>
 * </ol>
 * Opinions not yet given (and 补正, expert review, inspection: no verdict) are not compared.
 */
public final class OpinionConflicts {

    private OpinionConflicts() {
    }

    public enum Kind {
        VERDICT("意见相左"),
        SAME_SUBJECT("条件重叠");

        private final String chineseName;

        Kind(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public record Conflict(Kind kind, List<String> agencies, ConditionSubject subject, String description) {
    }

    public static List<Conflict> among(List<GreenChannelReview> reviews) {
        List<GreenChannelReview> verdicts = reviews.stream().filter(GreenChannelReview::isDone).toList();
        List<GreenChannelReview> agreeing = verdicts.stream()
                .filter(r -> r.getOutcome() == Outcome.AGREE || r.getOutcome() == Outcome.AGREE_WITH_CONDITIONS).toList();
        List<Conflict> conflicts = new ArrayList<>();
        for (GreenChannelReview refusing : verdicts) {
            if (refusing.getOutcome() != Outcome.DISAGREE || agreeing.isEmpty()) {
                continue;
            }
            List<String> agencies = new ArrayList<>(List.of(refusing.getAgency()));
            agreeing.forEach(a -> agencies.add(a.getAgency()));
            conflicts.add(new Conflict(Kind.VERDICT, agencies, null, "%s不同意（%s），与%s的意见相左".formatted(
                    name(refusing.getAgency()), refusing.getBasis(), agreeing.stream()
                            .map(a -> name(a.getAgency()) + a.getOutcome().chineseName())
                            .collect(Collectors.joining("、")))));
        }
        Map<ConditionSubject, List<GreenChannelReview>> bySubject = new EnumMap<>(ConditionSubject.class);
        for (GreenChannelReview review : verdicts) {
            if (review.hasConditions() && review.getConditionSubject() != null && review.getConditionSubject() != ConditionSubject.OTHER) {
                bySubject.computeIfAbsent(review.getConditionSubject(), s -> new ArrayList<>()).add(review);
            }
        }
        bySubject.forEach((subject, same) -> {
            if (same.size() > 1) {
                conflicts.add(new Conflict(Kind.SAME_SUBJECT, same.stream().map(GreenChannelReview::getAgency).toList(), subject,
                        "%s均对“%s”提出附加条件：%s，须统一后写入联合答复".formatted(
                                same.stream().map(r -> name(r.getAgency())).collect(Collectors.joining("、")),
                                subject.chineseName(),
                                same.stream().map(r -> name(r.getAgency()) + "“" + r.getConditions() + "”")
                                        .collect(Collectors.joining("；")))));
            }
        });
        return conflicts;
    }

    private static String name(String agency) {
        return StaffGroup.displayName(agency);
    }
}
