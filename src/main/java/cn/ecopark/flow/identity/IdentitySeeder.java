package cn.ecopark.flow.identity;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the groups of the agencies, cities and staff roles, the administrator and (embedded default
 * only) the demo users. Idempotent: it only adds what is missing and never resets a password.
 */
@Component
class IdentitySeeder {

    private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);

    private final IdentityService identityService;
    private final IdentityProperties properties;

    IdentitySeeder(IdentityService identityService, IdentityProperties properties) {
        this.identityService = identityService;
        this.properties = properties;
    }

    void seed() {
        for (Agency agency : Agency.values()) {
            ensureGroup(agency.groupId(), agency.shortName(), Groups.GROUP_TYPE_WORKFLOW);
        }
        for (City city : City.values()) {
            ensureGroup(city.groupId(), city.bureauName(), Groups.GROUP_TYPE_WORKFLOW);
        }
        // Each agency's and city bureau's managers (负责人): they receive its 督办 and may reassign any of its tasks (taskops).
        for (String group : AuthorizationSeeder.clerkGroups()) {
            String managers = StaffGroup.managersOf(group);
            ensureGroup(managers, StaffGroup.displayName(managers), Groups.GROUP_TYPE_WORKFLOW);
        }
        ensureGroup(StaffGroup.MANAGERS, StaffGroup.displayName(StaffGroup.MANAGERS), Groups.GROUP_TYPE_WORKFLOW);
        ensureGroup(StaffGroup.APPLICANTS, StaffGroup.displayName(StaffGroup.APPLICANTS), Groups.GROUP_TYPE_WORKFLOW);
        ensureGroup(StaffGroup.ADMINS, StaffGroup.displayName(StaffGroup.ADMINS), Groups.GROUP_TYPE_SYSTEM);
        ensureAdministrator();
        if (demoUsersEnabled()) {
            for (DemoUser demo : DemoUser.all()) {
                ensureUser(demo.id(), demo.firstName(), demo.lastName(), properties.demoUsers().password(), demo.groupId(), true);
                if (demo.alsoIn() != null) {
                    ensureUser(demo.id(), demo.firstName(), demo.lastName(), properties.demoUsers().password(), demo.alsoIn(), true);
                }
            }
        }
    }

    /**
     * An administrator must always exist: Camunda's first-run setup page creates one only while none
     * does, and that page is the known hole we close (see security.SetupEndpointGuard).
     */
    private void ensureAdministrator() {
        IdentityProperties.Admin admin = properties.admin();
        boolean anyAdmin = identityService.createUserQuery().memberOfGroup(StaffGroup.ADMINS).count() > 0;
        if (admin == null || !StringUtils.hasText(admin.id())) {
            if (!anyAdmin) {
                throw new IllegalStateException(
                        "No administrator exists and ECOPARK_ADMIN_USER / ECOPARK_ADMIN_PASSWORD are not set");
            }
            return;
        }
        if (identityService.createUserQuery().userId(admin.id()).count() == 0 && !StringUtils.hasText(admin.password())) {
            throw new IllegalStateException("ECOPARK_ADMIN_PASSWORD must be set to create administrator " + admin.id());
        }
        // The demo setup's administrator (password admin) is a demo account too; a real one must satisfy the policy.
        try {
            ensureUser(admin.id(), "系统", "管理员", admin.password(), StaffGroup.ADMINS, demoUsersEnabled());
        } catch (BadUserRequestException e) {
            throw new IllegalStateException("ECOPARK_ADMIN_PASSWORD " + e.getMessage(), e);
        }
    }

    private void ensureGroup(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            try {
                identityService.saveGroup(group);
            } catch (ProcessEngineException e) {
                alreadyCreatedByAnotherNode(identityService.createGroupQuery().groupId(id).count() > 0, e);
            }
        }
    }

    private boolean demoUsersEnabled() {
        return properties.demoUsers() != null && properties.demoUsers().enabled();
    }

    /** Demo accounts skip the password policy (their password is the documented "demo"); nobody else does. */
    private void ensureUser(String id, String firstName, String lastName, String password, String groupId, boolean demo) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(password);
            try {
                // Only the engine's implementation offers skipping the policy (start-up code, demo accounts only).
                ((IdentityServiceImpl) identityService).saveUser(user, demo);
                log.info("Created user {} in group {}", id, groupId);
            } catch (ProcessEngineException e) {
                alreadyCreatedByAnotherNode(identityService.createUserQuery().userId(id).count() > 0, e);
            }
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
            try {
                identityService.createMembership(id, groupId);
            } catch (ProcessEngineException e) {
                alreadyCreatedByAnotherNode(identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() > 0, e);
            }
        }
    }

    /**
     * Another node starting at the same moment created the row between our read and our insert (the start-up
     * lock prevents this on MySQL; this covers a node without it): fine if the row is there now.
     */
    static void alreadyCreatedByAnotherNode(boolean existsNow, ProcessEngineException e) {
        if (!existsNow) {
            throw e;
        }
    }
}
