package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 加签 and 减签 on a running green-channel joint review (the parallel multi-instance {@code parallelReview}).
 * 加签 plans the added agency's review with the time-limit table like any other and starts one more inner instance
 * of the running multi-instance body with the agency as its element variable (Camunda counts it in
 * {@code nrOfInstances}); the agency's clock, task, reminder and overdue timers start as for the others. 减签 cancels
 * the agency's open inner instance; an opinion given stands (each agency's decision is its own), and the last open
 * review is not cancelled: that would cancel the review stage instead of completing it.
 * The caller checks the right (lead agency) and runs this as the system.
 */
@Component
public class GreenChannelReviewers {

    static final String REVIEW = "parallelReview";
    static final String REVIEW_BODY = REVIEW + "#multiInstanceBody";

    private final GreenChannelProjectRepository repository;
    private final ReviewPlan plan;
    private final RuntimeService runtime;

    GreenChannelReviewers(GreenChannelProjectRepository repository, ReviewPlan plan, RuntimeService runtime) {
        this.repository = repository;
        this.plan = plan;
        this.runtime = runtime;
    }

    /** Returns what the added agency reviews, for the record. */
    public String add(String processInstanceId, Agency agency) {
        GreenChannelProject project = project(processInstanceId);
        if (project.activeReview(agency.groupId()).isPresent()) {
            throw new ApiExceptionHandler.Conflict(agency.shortName() + "已参加本项目的并联审查，不能重复加签");
        }
        ActivityInstance body = runningReview(processInstanceId, "加签");
        GreenChannelReview review = plan.added(agency.groupId());
        project.addReview(review);
        repository.save(project);
        runtime.createProcessInstanceModification(processInstanceId)
                .startBeforeActivity(REVIEW, body.getId())
                .setVariableLocal(GreenChannelVariables.AGENCY, agency.groupId())
                .execute();
        return review.getReviewTypeName() + "，" + review.commitmentText();
    }

    public void remove(String processInstanceId, Agency agency) {
        GreenChannelProject project = project(processInstanceId);
        GreenChannelReview review = project.activeReview(agency.groupId())
                .orElseThrow(() -> new ApiExceptionHandler.Conflict(agency.shortName() + "未参加本项目的并联审查，无从减签"));
        if (review.isDone()) {
            throw new ApiExceptionHandler.Conflict(agency.shortName() + "已出具审查意见（" + review.getOutcome().chineseName()
                    + "），各部门的决定各自有效，不能减签");
        }
        ActivityInstance body = runningReview(processInstanceId, "减签");
        List<ActivityInstance> open = Arrays.stream(body.getChildActivityInstances())
                .filter(i -> REVIEW.equals(i.getActivityId())).toList();
        ActivityInstance own = open.stream().filter(i -> agency.groupId().equals(agencyOf(i))).findFirst()
                .orElseThrow(() -> new ApiExceptionHandler.Conflict(agency.shortName() + "的审查当前不在进行中，不能减签"));
        if (open.size() == 1) {
            throw new ApiExceptionHandler.Conflict(agency.shortName()
                    + "是并联审查中最后一个尚未出具意见的部门，不能减签：请等待其出具意见，或终止案件");
        }
        project.removeReview(agency.groupId());
        repository.save(project);
        runtime.createProcessInstanceModification(processInstanceId).cancelActivityInstance(own.getId()).execute();
    }

    /**
     * The agencies whose review is open now (减签 candidates), or empty when the case is not in its agency review
     * (加签 and 减签 are refused then). For the 办理操作 page; run as the system.
     */
    public Optional<List<String>> reviewing(String processInstanceId) {
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        if (tree == null || find(tree, REVIEW_BODY).isEmpty()) {
            return Optional.empty();
        }
        return repository.findByProcessInstanceId(processInstanceId).map(GreenChannelProject::pendingAgencies);
    }

    private GreenChannelProject project(String processInstanceId) {
        return repository.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No green-channel project for process " + processInstanceId));
    }

    /** The running multi-instance body; none while the case waits for a 补正, a re-acceptance or the joint reply. */
    private ActivityInstance runningReview(String processInstanceId, String action) {
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        return Optional.ofNullable(tree).flatMap(t -> find(t, REVIEW_BODY))
                .orElseThrow(() -> new ApiExceptionHandler.Conflict("本项目当前不在各部门并联审查中（如补正、重新受理或联合答复阶段），不能" + action));
    }

    private static Optional<ActivityInstance> find(ActivityInstance instance, String activityId) {
        if (activityId.equals(instance.getActivityId())) {
            return Optional.of(instance);
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            Optional<ActivityInstance> found = find(child, activityId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private String agencyOf(ActivityInstance inner) {
        Object agency = runtime.getVariable(inner.getExecutionIds()[0], GreenChannelVariables.AGENCY);
        return agency == null ? null : agency.toString();
    }
}
