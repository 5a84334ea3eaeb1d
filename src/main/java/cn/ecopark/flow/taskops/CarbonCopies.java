package cn.ecopark.flow.taskops;

import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import cn.ecopark.flow.calendar.AppClock;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 抄送: the holder of a task sends a read-only copy of its case to staff (people, or groups expanded to their members
 * when sent), e.g. another agency's manager. Each recipient gets a row here, a task of their own named
 * "抄送：…" outside the case (it appears in their "抄送我的" Tasklist filter, shows the case panel and carries no
 * form; completing it marks it read), and may read the case's file (approval sheet, documents) from then on
 * ({@link CarbonCopyReads}). Only
 * the environmental side's staff receive copies: no applicant, bank or financial supervision.
 */
@Component
public class CarbonCopies {

    /** The name every copy task starts with; the "抄送我的" filter and the managers' list rely on it. */
    public static final String TASK_NAME_PREFIX = "抄送：";

    private final TaskAccess access;
    private final EngineAsSystem system;
    private final TaskService tasks;
    private final IdentityService identity;
    private final CarbonCopyRepository copies;
    private final OperationRecords operations;

    CarbonCopies(TaskAccess access, EngineAsSystem system, TaskService tasks, IdentityService identity,
                 CarbonCopyRepository copies, OperationRecords operations) {
        this.access = access;
        this.system = system;
        this.tasks = tasks;
        this.identity = identity;
        this.copies = copies;
        this.operations = operations;
    }

    @Transactional
    public Map<String, Object> send(String taskId, List<String> users, List<String> groups, String noteText) {
        Authentication caller = access.caller();
        Task task = access.caseTask(taskId);
        access.requireHolder(caller, task, "抄送");
        if (access.candidateGroups(task).isEmpty()) {
            throw new ApiExceptionHandler.Conflict("「" + task.getName() + "」是申报单位的任务，只有审批部门的任务可以抄送");
        }
        String note = OperationRecords.optional(noteText, "note");
        Map<String, String> recipients = recipients(users == null ? List.of() : users, groups == null ? List.of() : groups);
        recipients.remove(caller.getUserId());
        if (recipients.isEmpty()) {
            throw new InvalidInput("users：请选择抄送给哪些人员或部门（不含本人）");
        }
        CaseFile file = access.caseOf(task);
        Instant now = AppClock.now();
        List<String> sentTo = new ArrayList<>();
        system.run(() -> recipients.forEach((userId, viaGroup) -> {
            Task copy = tasks.newTask();
            copy.setName(TASK_NAME_PREFIX + file.title() + "（" + file.caseNo() + "）");
            copy.setDescription("来自「" + task.getName() + "」的抄送（" + caller.getUserId() + "）" + (note == null ? "" : "：" + note)
                    + "。只读，阅后点“完成”即标记已阅。");
            copy.setAssignee(userId);
            tasks.saveTask(copy);
            Map<String, Object> labels = new LinkedHashMap<>();
            labels.put(CaseVariables.CASE_NO, file.caseNo());
            labels.put(CaseVariables.CASE_TITLE, file.title());
            labels.put("carbonCopyNote", note);
            tasks.setVariablesLocal(copy.getId(), labels);
            copies.save(new CarbonCopy(null, file.caseNo(), file.processInstanceId(), task.getId(), caller.getUserId(), userId,
                    viaGroup, note, copy.getId(), now, null));
            sentTo.add(userId);
        }));
        String agency = access.candidateGroups(task).stream().findFirst().orElse(null);
        operations.record(file, task.getId(), task.getTaskDefinitionKey(), task.getName(), agency, caller.getUserId(),
                Outcome.CARBON_COPIED, "抄送给 " + describe(users, groups) + (note == null ? "" : "：" + note));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("caseNo", file.caseNo());
        answer.put("recipients", sentTo);
        answer.put("message", "已抄送给 " + sentTo.size() + " 人");
        return answer;
    }

    /** The copies sent to the caller, newest first, with whether they were read. */
    public List<Map<String, Object>> mine() {
        Authentication caller = access.caller();
        List<Map<String, Object>> list = new ArrayList<>();
        for (CarbonCopy copy : copies.findByRecipientOrderBySentAtDesc(caller.getUserId())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", copy.id());
            row.put("caseNo", copy.caseNo());
            row.put("sender", copy.sender());
            row.put("note", copy.note());
            row.put("sentAt", copy.sentAt().toString());
            row.put("read", copy.readAt() != null);
            row.put("approvalSheet", "/staff/cases/" + copy.caseNo() + "/approval-sheet");
            list.add(row);
        }
        return list;
    }

    /** The recipient marks a copy read: its task ends. */
    @Transactional
    public Map<String, Object> markRead(long id) {
        Authentication caller = access.caller();
        CarbonCopy copy = copies.findById(id).filter(c -> c.recipient().equals(caller.getUserId()))
                .orElseThrow(() -> new ApiExceptionHandler.NotFound("没有该抄送，或它不是抄送给您的"));
        if (copy.readAt() == null) {
            copies.save(copy.read(AppClock.now()));
            system.run(() -> {
                if (copy.copyTaskId() != null && tasks.createTaskQuery().taskId(copy.copyTaskId()).count() > 0) {
                    tasks.complete(copy.copyTaskId());
                }
            });
        }
        return Map.of("id", id, "read", true, "message", "已标记为已阅");
    }

    /** user id → the group it was reached through (null when named directly). */
    private Map<String, String> recipients(List<String> users, List<String> groups) {
        Map<String, String> recipients = new LinkedHashMap<>();
        system.run(() -> {
            for (String userId : users) {
                User user = userId == null ? null : identity.createUserQuery().userId(userId.strip()).singleResult();
                if (user == null) {
                    throw new InvalidInput("users：没有用户“" + userId + "”");
                }
                List<String> of = identity.createGroupQuery().groupMember(user.getId()).list().stream().map(Group::getId).toList();
                if (of.stream().noneMatch(CarbonCopies::staffGroup) || of.stream().anyMatch(CarbonCopies::financialGroup)) {
                    throw new InvalidInput("users：“" + userId + "”不是生态环境审批部门的工作人员，不能抄送（申报单位、金融机构不接收抄送）");
                }
                recipients.put(user.getId(), null);
            }
            for (String groupId : groups) {
                if (groupId == null || !staffGroup(groupId.strip()) || financialGroup(groupId.strip())) {
                    throw new InvalidInput("groups：“" + groupId + "”不是可接收抄送的部门（各部门、各市生态环境局、各部门负责人、管理人员）");
                }
                Set<String> members = new LinkedHashSet<>(identity.createUserQuery().memberOfGroup(groupId.strip()).list().stream()
                        .map(User::getId).toList());
                if (members.isEmpty()) {
                    throw new InvalidInput("groups：“" + StaffGroup.displayName(groupId) + "”目前没有人员");
                }
                members.forEach(member -> recipients.putIfAbsent(member, groupId.strip()));
            }
        });
        return recipients;
    }

    private static String base(String groupId) {
        return groupId.endsWith(StaffGroup.MANAGERS_SUFFIX)
                ? groupId.substring(0, groupId.length() - StaffGroup.MANAGERS_SUFFIX.length()) : groupId;
    }

    private static boolean staffGroup(String groupId) {
        String base = base(groupId);
        return StaffGroup.MANAGERS.equals(groupId) || Agency.byGroupId(base).isPresent() || City.byGroupId(base).isPresent();
    }

    private static boolean financialGroup(String groupId) {
        return Agency.byGroupId(base(groupId)).map(Agency::financial).orElse(false);
    }

    private static String describe(List<String> users, List<String> groups) {
        List<String> names = new ArrayList<>();
        if (groups != null) {
            groups.forEach(g -> names.add(StaffGroup.displayName(g)));
        }
        if (users != null) {
            names.addAll(users);
        }
        return String.join("、", names);
    }
}
