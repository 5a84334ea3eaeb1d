package cn.ecopark.flow.taskops;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.security.EngineAsSystem;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case operations over REST, for Tasklist's 办理操作 page (staff/task-ops.html) and for other clients. Each checks
 * the caller's right in our code and then runs the engine work as the system; each is written to the approval record.
 */
@RestController
class TaskOperationsApi {

    private final TaskAccess access;
    private final ReturnToStep returns;
    private final Withdrawals withdrawals;
    private final Reassignments reassignments;
    private final CarbonCopies carbonCopies;
    private final ApprovalRecordRepository records;
    private final cn.ecopark.flow.casefile.CaseFiles caseFiles;
    private final EngineAsSystem system;
    private final TaskService tasks;
    private final IdentityService identity;
    private final List<CaseOperationOffers> offers;

    TaskOperationsApi(List<CaseOperationOffers> offers, TaskAccess access, ReturnToStep returns, Withdrawals withdrawals, Reassignments reassignments,
                      CarbonCopies carbonCopies, ApprovalRecordRepository records, cn.ecopark.flow.casefile.CaseFiles caseFiles,
                      EngineAsSystem system, TaskService tasks, IdentityService identity) {
        this.offers = offers;
        this.caseFiles = caseFiles;
        this.access = access;
        this.returns = returns;
        this.withdrawals = withdrawals;
        this.reassignments = reassignments;
        this.carbonCopies = carbonCopies;
        this.records = records;
        this.system = system;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** The groups a copy can go to, as the page offers them: each agency's managers, the province's managers, the agencies. */
    private static final List<Map<String, String>> COPY_GROUPS = copyGroups();

    private static List<Map<String, String>> copyGroups() {
        List<Map<String, String>> list = new ArrayList<>();
        for (cn.ecopark.flow.agency.Agency agency : cn.ecopark.flow.agency.Agency.values()) {
            if (!agency.financial()) {
                String managers = StaffGroup.managersOf(agency.groupId());
                list.add(Map.of("groupId", managers, "name", StaffGroup.displayName(managers)));
            }
        }
        list.add(Map.of("groupId", StaffGroup.MANAGERS, "name", StaffGroup.displayName(StaffGroup.MANAGERS)));
        for (cn.ecopark.flow.agency.Agency agency : cn.ecopark.flow.agency.Agency.values()) {
            if (!agency.financial()) {
                list.add(Map.of("groupId", agency.groupId(), "name", StaffGroup.displayName(agency.groupId())));
            }
        }
        for (cn.ecopark.flow.agency.City city : cn.ecopark.flow.agency.City.values()) {
            list.add(Map.of("groupId", city.groupId(), "name", city.bureauName()));
        }
        return List.copyOf(list);
    }

    record ReturnRequest(String targetStep, String reason) {
    }

    record ReassignRequest(String userId, String reason, String comment) {
    }

    record CarbonCopyRequest(List<String> users, List<String> groups, String note) {
    }

    record ReasonRequest(String reason) {
    }

    /** What the caller may do on the task now: the page's menu, the earlier steps, the colleagues and the case's history. */
    @GetMapping("/api/tasks/{taskId}/operations")
    Map<String, Object> operations(@PathVariable String taskId, HttpServletRequest request) {
        Authentication caller = access.caller();
        Task task = access.caseTask(taskId);
        boolean holds = access.holds(caller, task);
        boolean manages = access.manages(caller, task);
        boolean delegatedToMe = task.getDelegationState() == DelegationState.PENDING && caller.getUserId().equals(task.getAssignee());
        if (!holds && !manages && !delegatedToMe && !caller.getUserId().equals(task.getOwner())) {
            throw TaskAccess.notFound(taskId);
        }
        CaseFile file = access.caseOf(task);
        List<String> groups = access.candidateGroups(task);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("taskId", task.getId());
        answer.put("taskName", task.getName());
        answer.put("caseNo", file.caseNo());
        answer.put("caseTypeName", file.caseTypeName());
        answer.put("title", file.title());
        answer.put("stageName", file.stageName());
        answer.put("assignee", task.getAssignee());
        answer.put("owner", task.getOwner());
        answer.put("delegated", task.getDelegationState() == DelegationState.PENDING);
        answer.put("applicantTask", groups.isEmpty());
        answer.put("mayReturn", holds && !delegatedToMe && !groups.isEmpty());
        answer.put("mayTransfer", (holds || manages) && !groups.isEmpty() && !answer.get("delegated").equals(true));
        answer.put("mayDelegate", holds && !groups.isEmpty() && !answer.get("delegated").equals(true));
        answer.put("mayResolve", delegatedToMe);
        answer.put("mayCopy", holds && !groups.isEmpty());
        answer.put("mayWithdraw", caller.getUserId().equals(file.applicant()));
        answer.put("returnTargets", holds && !groups.isEmpty() ? returns.targets(task) : List.of());
        answer.put("colleagues", groups.isEmpty() ? List.of() : colleagues(groups, caller.getUserId()));
        answer.put("copyGroups", COPY_GROUPS);
        Map<String, Object> returnNote = new LinkedHashMap<>();
        system.run(() -> {
            Map<String, Object> local = tasks.getVariablesLocal(task.getId(),
                    List.of(ReturnToStep.RETURN_REASON, ReturnToStep.RETURNED_FROM, ReturnToStep.EARLIER_DECISION));
            returnNote.putAll(local);
        });
        answer.put("returned", returnNote.get(ReturnToStep.RETURN_REASON) == null ? null : returnNote);
        offers.forEach(o -> o.offer(file, caller, answer));
        answer.put("history", history(file));
        answer.put("csrfToken", csrfToken(request));
        return answer;
    }

    /** The case-wide operations (撤回 for its applicant, 收回 for a clerk), for whoever may read the case. */
    @GetMapping("/api/cases/{caseNo}/operations")
    Map<String, Object> caseOperations(@PathVariable String caseNo, HttpServletRequest request) {
        Authentication caller = access.caller();
        CaseFile file = caseFiles.readable(caller, caseNo);
        boolean applicant = caller.getUserId().equals(file.applicant());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("caseNo", file.caseNo());
        answer.put("caseTypeName", file.caseTypeName());
        answer.put("title", file.title());
        answer.put("stageName", file.stageName());
        answer.put("closed", file.closed());
        answer.put("mayWithdraw", applicant && !file.closed());
        answer.put("mayTakeBack", !applicant && !file.closed());
        offers.forEach(o -> o.offer(file, caller, answer));
        answer.put("history", history(file));
        answer.put("csrfToken", csrfToken(request));
        return answer;
    }

    private List<Map<String, Object>> history(CaseFile file) {
        return records.findAllByProcessInstanceIdOrderByDecidedAtAscIdAsc(file.processInstanceId()).stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", r.decidedAt() == null ? null : r.decidedAt().toString());
            row.put("step", r.stepName());
            row.put("agency", StaffGroup.displayName(r.agency()));
            row.put("actor", r.actor());
            row.put("outcome", r.outcome().chineseName());
            row.put("comment", r.basis() != null ? r.basis() : r.comment());
            return row;
        }).toList();
    }

    /** The page's POSTs need the webapp session's CSRF token, which Camunda keeps in a cookie out of the page's reach. */
    private static String csrfToken(HttpServletRequest request) {
        var session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return token == null ? null : token.toString();
    }

    @PostMapping("/api/tasks/{taskId}/return")
    Map<String, Object> returnTo(@PathVariable String taskId, @RequestBody ReturnRequest body) {
        return returns.returnTo(taskId, body.targetStep(), body.reason());
    }

    @PostMapping("/api/tasks/{taskId}/transfer")
    Map<String, Object> transfer(@PathVariable String taskId, @RequestBody ReassignRequest body) {
        return reassignments.transfer(taskId, body.userId(), body.reason());
    }

    @PostMapping("/api/tasks/{taskId}/delegate")
    Map<String, Object> delegate(@PathVariable String taskId, @RequestBody ReassignRequest body) {
        return reassignments.delegate(taskId, body.userId(), body.comment());
    }

    @PostMapping("/api/tasks/{taskId}/resolve")
    Map<String, Object> resolve(@PathVariable String taskId, @RequestBody ReassignRequest body) {
        return reassignments.resolve(taskId, body.comment());
    }

    @PostMapping("/api/tasks/{taskId}/carbon-copies")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> carbonCopy(@PathVariable String taskId, @RequestBody CarbonCopyRequest body) {
        return carbonCopies.send(taskId, body.users(), body.groups(), body.note());
    }

    @GetMapping("/api/carbon-copies")
    List<Map<String, Object>> myCarbonCopies() {
        return carbonCopies.mine();
    }

    @PostMapping("/api/carbon-copies/{id}/read")
    Map<String, Object> markRead(@PathVariable long id) {
        return carbonCopies.markRead(id);
    }

    @PostMapping("/api/cases/{caseNo}/withdrawal")
    Map<String, Object> withdraw(@PathVariable String caseNo, @RequestBody ReasonRequest body) {
        return withdrawals.withdraw(caseNo, body.reason());
    }

    @PostMapping("/api/cases/{caseNo}/take-back")
    Map<String, Object> takeBack(@PathVariable String caseNo, @RequestBody(required = false) ReasonRequest body) {
        return withdrawals.takeBack(caseNo, body == null ? null : body.reason());
    }

    private List<Map<String, String>> colleagues(List<String> groups, String except) {
        List<Map<String, String>> list = new ArrayList<>();
        system.run(() -> {
            for (String group : groups) {
                for (User user : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
                    if (!user.getId().equals(except) && list.stream().noneMatch(m -> m.get("userId").equals(user.getId()))) {
                        list.add(Map.of("userId", user.getId(), "name", (String.valueOf(user.getLastName()) + String.valueOf(user.getFirstName())).replace("null", "")));
                    }
                }
            }
        });
        return list;
    }
}
