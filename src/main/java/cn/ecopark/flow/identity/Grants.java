package cn.ecopark.flow.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Adds GRANT authorizations without duplicating them, so every start-up can re-run the seeding. */
@Component
public class Grants {

    private final AuthorizationService authorizationService;

    public Grants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        toGroup(groupId, resource, resourceId, false, permissions);
    }

    private void toGroup(String groupId, Resource resource, String resourceId, boolean retried, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = authorization.getId() == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            try {
                authorizationService.saveAuthorization(authorization);
            } catch (ProcessEngineException e) {
                // Another node seeded the same grant in between (unique key ACT_UNIQ_AUTH_GROUP or a stale revision):
                // read it again and add only what is still missing.
                boolean existsNow = authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
                IdentitySeeder.alreadyCreatedByAnotherNode(existsNow && !retried, e);
                toGroup(groupId, resource, resourceId, true, permissions);
            }
        }
    }
}
