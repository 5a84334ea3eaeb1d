package cn.ecopark.flow.supervision;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkStatusChange;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A park's supervision history: its status changes with the decisions behind them, its re-inspections and violation cases. */
@Component
public class ParkHistories {

    private final ReviewRepository reviews;
    private final ViolationRepository violations;
    private final ApprovalRecordRepository records;

    ParkHistories(ReviewRepository reviews, ViolationRepository violations, ApprovalRecordRepository records) {
        this.reviews = reviews;
        this.violations = violations;
        this.records = records;
    }

    /** The history of a park the caller may read (the caller checks who may). */
    public ParkHistoryView of(Park park) {
        Map<String, List<ApprovalRecord>> decisions = park.getHistory().stream().map(ParkStatusChange::caseNo)
                .filter(Objects::nonNull).distinct()
                .collect(Collectors.toMap(Function.identity(), records::findByCaseNoOrderByDecidedAtAscIdAsc));
        return ParkHistoryView.of(park, decisions, reviews.findByParkIdOrderByIdAsc(park.getId()),
                violations.findByParkIdOrderByIdAsc(park.getId()));
    }
}
