package cn.ecopark.flow.approval;

import cn.ecopark.flow.agency.Agency;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * When a task is offered to an agency (or assigned to a person), that agency may read the case it belongs
 * to: its list labels (编号, 事项, 城市) in Tasklist and its history. Only that case: an agency sees nothing
 * of cases it never had a task in. Financial supervision and the banks get no such read: a case's variables
 * and history are the environmental agencies' working file, and banks see only what the library package
 * shares with them through their own tasks. Added to every user task by {@link DecisionRecordingPlugin}.
 */
class CaseReadAccess implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                    && Agency.byGroupId(link.getGroupId()).map(agency -> !agency.financial()).orElse(true)) {
                grant(authorizations, task.getProcessInstanceId(), link.getGroupId(), null);
            }
        }
        if (task.getAssignee() != null) {
            grant(authorizations, task.getProcessInstanceId(), null, task.getAssignee());
        }
    }

    private static void grant(AuthorizationService authorizations, String processInstanceId, String groupId, String userId) {
        var query = authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId);
        boolean exists = (groupId != null ? query.groupIdIn(groupId) : query.userIdIn(userId)).count() > 0;
        if (exists) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setResource(Resources.PROCESS_INSTANCE);
        grant.setResourceId(processInstanceId);
        grant.setGroupId(groupId);
        grant.setUserId(userId);
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
    }
}
