package cn.ecopark.flow.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.util.StringUtils;

/** Who is completing a task: the authenticated user; else the assignee; else the system (engine-driven). */
public final class Actor {

    private Actor() {
    }

    public static String of(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && StringUtils.hasText(authentication.getUserId())) {
            return authentication.getUserId();
        }
        return StringUtils.hasText(task.getAssignee()) ? task.getAssignee() : "system";
    }

    /** Who made a service step run: the user whose task completion led to it, else the system (timers, jobs). */
    public static String of(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && StringUtils.hasText(authentication.getUserId()) ? authentication.getUserId() : "system";
    }
}
