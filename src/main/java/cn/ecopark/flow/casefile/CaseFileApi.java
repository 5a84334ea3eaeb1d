package cn.ecopark.flow.casefile;

import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/tasks/{taskId}/case-file}: the case behind a Tasklist task, for the panel Tasklist shows above
 * the form (documents, approval sheet). The task is looked up as the caller, so a clerk who cannot see the
 * task gets 404 as for a task that does not exist.
 */
@RestController
class CaseFileApi {

    private final CaseFiles caseFiles;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final WorkingDayCalendar calendar;

    CaseFileApi(CaseFiles caseFiles, TaskService taskService, IdentityService identityService, WorkingDayCalendar calendar) {
        this.caseFiles = caseFiles;
        this.taskService = taskService;
        this.identityService = identityService;
        this.calendar = calendar;
    }

    @GetMapping("/api/tasks/{taskId}/case-file")
    Map<String, Object> ofTask(@PathVariable String taskId) {
        Authentication caller = identityService.getCurrentAuthentication();
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        // A read-only copy (抄送) is a task of its own outside the case; it names its case in a task variable.
        var found = task == null ? java.util.Optional.<CaseFile>empty() : task.getProcessInstanceId() != null
                ? caseFiles.byProcessInstanceId(task.getProcessInstanceId())
                : caseFiles.byCaseNo((String) taskService.getVariableLocal(task.getId(), CaseVariables.CASE_NO));
        CaseFile file = found.filter(f -> caseFiles.mayRead(caller, f)).orElse(null);
        if (file == null) {
            throw new ApiExceptionHandler.NotFound("没有该任务的案卷，或您无权查看");
        }
        boolean applicant = caller.getUserId().equals(file.applicant());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("caseNo", file.caseNo());
        answer.put("caseTypeName", file.caseTypeName());
        answer.put("title", file.title());
        answer.put("stageName", file.stageName());
        answer.put("closed", file.closed());
        answer.put("applicant", applicant);
        answer.put("mayUpload", applicant && !file.closed());
        answer.put("approvalSheet", "/staff/cases/" + file.caseNo() + "/approval-sheet");
        answer.put("operations", task.getProcessInstanceId() == null ? null : "/staff/task-ops?task=" + task.getId());
        // A step sent back (taskops 退回) carries the reason and who sent it back, for the panel above its form.
        answer.put("returnReason", taskService.getVariableLocal(task.getId(), "returnReason"));
        answer.put("returnedFrom", taskService.getVariableLocal(task.getId(), "returnedFrom"));
        answer.put("earlierDecision", taskService.getVariableLocal(task.getId(), "earlierDecision"));
        if (task.getDueDate() != null) {
            // Working days, not calendar days: what the clerk's time limit (限时办结) counts.
            LocalDate due = WorkingDayCalendar.toLocalDate(task.getDueDate());
            answer.put("dueOn", due.toString());
            answer.put("workingDaysLeft", calendar.workingDaysBetween(
                    AppClock.today(), due).value());
        }
        // The reminder / overdue flag and the last 催办 (timelimit), as the clerk sees them on the task.
        java.util.List<String> notes = new java.util.ArrayList<>();
        for (String name : java.util.List.of("timeLimitNotice", "urgeNotice")) {
            Object note = taskService.getVariableLocal(taskId, name);
            if (note != null) {
                notes.add(note.toString());
            }
        }
        answer.put("notes", notes);
        answer.put("suspended", task.isSuspended());
        return answer;
    }
}
