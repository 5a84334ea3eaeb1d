package cn.ecopark.flow.supervision;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The agencies' opinions side by side, the latest of each, for the clerk who decides next. */
final class Opinions {

    private Opinions() {
    }

    static String latest(List<ApprovalRecord> records, Collection<String> steps) {
        Map<String, ApprovalRecord> latest = new LinkedHashMap<>();
        // Case operations (转办, 退回, … in taskops) are no opinion: an agency's latest opinion is its latest decision.
        records.stream().filter(r -> steps.contains(r.stepKey()) && !r.outcome().caseOperation()).forEach(r -> latest.put(r.agency(), r));
        return latest.values().stream().map(r -> "%s（%s）：%s。%s".formatted(StaffGroup.displayName(r.agency()),
                        r.actor(), r.outcome().chineseName(), r.basis() == null ? "" : r.basis()))
                .collect(Collectors.joining("\n"));
    }
}
