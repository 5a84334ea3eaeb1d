package cn.ecopark.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What the decision table {@code biennial-review-verdict} reads, given by the input mappings of the business-rule task
 * 复查结论评定 ({@code decideReviewVerdict}): whether the index system is met, how many of the agencies that checked on
 * site in this round found problems, and whether this is the re-check after rectification. The table's verdict
 * (PASS, RECTIFY, FAIL) routes the case; {@link RecordReviewVerdict} then records it on the review. Public only for the
 * engine's expression language.
 */
@Component("decideReviewVerdict")
public class DecideReviewVerdict {

    /** The three on-site checks, as their steps are recorded (approval records) and shown. */
    static final List<String> SPOT_CHECK_STEPS = List.of("ecologySpotCheck", "scienceSpotCheck", "commerceSpotCheck");

    private final Reviews reviews;

    DecideReviewVerdict(Reviews reviews) {
        this.reviews = reviews;
    }

    /** Null until the catalogue has judged the review's data (the table then rectifies). */
    public Boolean indicatorsMet(DelegateExecution execution) {
        return reviews.of(execution).getIndicatorsMet();
    }

    /**
     * The agencies whose on-site check found problems (DISAGREE) in this round; none when nobody checked on site. Each
     * round that checks on site maps all three outcomes afresh, so none is left from an earlier round.
     */
    public int spotCheckDisagreements(DelegateExecution execution) {
        if (!reviews.of(execution).needsSpotCheck()) {
            return 0;
        }
        return (int) SupervisionVariables.SPOT_CHECK_DECISIONS.stream()
                .filter(decision -> "DISAGREE".equals(execution.getVariable(decision))).count();
    }

    public boolean recheck(DelegateExecution execution) {
        return reviews.of(execution).isRecheck();
    }
}
