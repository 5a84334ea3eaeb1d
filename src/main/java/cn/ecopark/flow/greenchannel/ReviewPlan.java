package cn.ecopark.flow.greenchannel;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which agencies review a project and what each reviews (table {@code green-channel-review-routing}, hit
 * policy COLLECT), and each review's two time limits (table {@code green-channel-time-limit}): the statutory one with its
 * article, or 待确认, and the green channel's shorter commitment in working days with its source. Both are decision tables so an administrator changes them by
 * redeploying the table, not the code; no agency is named here.
 *
 * <p>Called from Java, not as business-rule tasks: their rows route nothing in the model, they become the project's
 * {@link GreenChannelReview} rows (which agencies review, what, and their limits), stored in the domain, from which the
 * parallel review takes its agencies; 加签 asks the time-limit table outside any step.
 */
@Component
public class ReviewPlan {

    static final String ROUTING = "green-channel-review-routing";
    static final String TIME_LIMIT = "green-channel-time-limit";

    private final DecisionService decisions;

    ReviewPlan(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The review type of an agency added by the lead agency (加签): the routing table did not choose it. */
    static final String ADDED_REVIEW = "ADDED_REVIEW";

    /**
     * 加签: the time-limit table decides the added agency's limits like any other review's; no row names
     * {@link #ADDED_REVIEW}, so its catch-all row applies (statutory limit and commitment 待确认).
     */
    GreenChannelReview added(String agency) {
        return review(agency, ADDED_REVIEW, "加签审查");
    }

    private GreenChannelReview review(String agency, String reviewType, String reviewTypeName) {
        DmnDecisionResultEntries limit = decisions.evaluateDecisionByKey(TIME_LIMIT).variables(Variables.createVariables()
                .putValue("agency", agency).putValue("reviewType", reviewType)).evaluate().getSingleResult();
        Number statutory = limit.getEntry("statutoryDays");
        return GreenChannelReview.planned(agency, reviewType, reviewTypeName,
                statutory == null ? null : statutory.intValue(), limit.getEntry("statutoryBasis"),
                ((Number) limit.getEntry("greenChannelWorkingDays")).intValue(), limit.getEntry("commitmentSource"));
    }

    public List<GreenChannelReview> reviewsFor(ProjectData project) {
        DmnDecisionResult routed = decisions.evaluateDecisionByKey(ROUTING).variables(Variables.createVariables()
                .putValue("eiaCategory", project.eiaCategory().name())
                .putValue("planningEiaConsistent", project.planningEiaConsistent())
                .putValue("reformProcedure", project.reformProcedure().name())
                .putValue("foreignInvested", project.foreignInvested())
                .putValue("industry", project.industry().name())).evaluate();
        List<GreenChannelReview> reviews = new ArrayList<>();
        for (Map<String, Object> row : routed.getResultList()) {
            reviews.add(review((String) row.get("agency"), (String) row.get("reviewType"), (String) row.get("reviewTypeName")));
        }
        if (reviews.stream().map(GreenChannelReview::getAgency).distinct().count() != reviews.size()) {
            throw new IllegalStateException(ROUTING + " routed one agency twice for " + project.projectName()
                    + ": each agency gives one opinion per project");
        }
        if (reviews.isEmpty()) {
            throw new IllegalStateException(ROUTING + " routed no agency for " + project.projectName());
        }
        return reviews;
    }
}
