package cn.ecopark.flow.identity;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

/**
 * Who may do what, with authorization on. Agency and city clerks get no task permission here at all:
 * the engine grants a task's candidate group READ and UPDATE on that task when the task is created,
 * so each agency sees and works only its own tasks. Managers read everything and change nothing;
 * only administrators deploy or touch identity.
 */
@Component
class AuthorizationSeeder {

    /** Process keys an applicant may start. Each workflow that takes applications from parks adds its key. */
    static final List<String> APPLICANT_PROCESSES = List.of("park-creation", "park-application", "pollution-library-intake",
            "green-finance-intake", "green-channel-approval");

    /** Process keys that give applicants tasks without being started by them (read to open the task, never start). */
    static final List<String> APPLICANT_TASK_PROCESSES = List.of("biennial-review", "violation-handling");

    /** Process keys an agency's window (一窗受理) may start on an applicant's behalf, by agency group. */
    static final Map<String, List<String>> WINDOW_PROCESSES = Map.of(Agency.ECOLOGY.groupId(), List.of("green-channel-approval"));

    private final Grants grants;

    AuthorizationSeeder(Grants grants) {
        this.grants = grants;
    }

    void seed() {
        for (Resources resource : Resources.values()) {
            grants.toGroup(StaffGroup.ADMINS, resource, ANY, Permissions.ALL);
        }

        for (String clerkGroup : clerkGroups()) {
            grants.toGroup(clerkGroup, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grants.toGroup(clerkGroup, Resources.APPLICATION, "welcome", Permissions.ACCESS);
            // Needed to render a task's form and diagram; it reveals the model, not any case.
            grants.toGroup(clerkGroup, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }

        // An agency's managers (负责人) open Tasklist even when an administrator put them in no other group.
        for (String clerkGroup : clerkGroups()) {
            String managers = StaffGroup.managersOf(clerkGroup);
            grants.toGroup(managers, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grants.toGroup(managers, Resources.APPLICATION, "welcome", Permissions.ACCESS);
            grants.toGroup(managers, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }

        grants.toGroup(StaffGroup.APPLICANTS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grants.toGroup(StaffGroup.APPLICANTS, Resources.APPLICATION, "welcome", Permissions.ACCESS);
        grants.toGroup(StaffGroup.APPLICANTS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        for (String processKey : APPLICANT_PROCESSES) {
            grants.toGroup(StaffGroup.APPLICANTS, Resources.PROCESS_DEFINITION, processKey,
                    Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        for (String processKey : APPLICANT_TASK_PROCESSES) {
            grants.toGroup(StaffGroup.APPLICANTS, Resources.PROCESS_DEFINITION, processKey, Permissions.READ);
        }

        WINDOW_PROCESSES.forEach((group, processKeys) -> {
            grants.toGroup(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            for (String processKey : processKeys) {
                grants.toGroup(group, Resources.PROCESS_DEFINITION, processKey, Permissions.READ,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
            }
        });

        String managers = StaffGroup.MANAGERS;
        for (String app : List.of("cockpit", "tasklist", "welcome")) {
            grants.toGroup(managers, Resources.APPLICATION, app, Permissions.ACCESS);
        }
        grants.toGroup(managers, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
                Permissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
        grants.toGroup(managers, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grants.toGroup(managers, Resources.TASK, ANY, Permissions.READ);
        grants.toGroup(managers, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grants.toGroup(managers, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grants.toGroup(managers, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    }

    /** Every agency and every city bureau: the groups that work tasks. */
    static List<String> clerkGroups() {
        List<String> groups = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            groups.add(agency.groupId());
        }
        for (City city : City.values()) {
            groups.add(city.groupId());
        }
        return groups;
    }

}
