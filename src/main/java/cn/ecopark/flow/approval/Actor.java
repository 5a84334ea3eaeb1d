package cn.ecopark.flow.approval;

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
}
