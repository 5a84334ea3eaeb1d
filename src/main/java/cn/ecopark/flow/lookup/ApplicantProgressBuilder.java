package cn.ecopark.flow.lookup;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.calendar.CalendarResult;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.security.EngineAsSystem;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds the applicant's view of any workflow's case from what every workflow has: the case file, the
 * decisions recorded (only who and when, never what), the open tasks with their due dates, and the
 * working-day calendar.
 */
@Component
class ApplicantProgressBuilder {

    static final String APPLICANT_NAME = "申报单位（您）";

    private final ApprovalRecordRepository records;
    private final TaskService taskService;
    private final WorkingDayCalendar calendar;
    private final EngineAsSystem engine;

    ApplicantProgressBuilder(ApprovalRecordRepository records, TaskService taskService, WorkingDayCalendar calendar,
                             EngineAsSystem engine) {
        this.records = records;
        this.taskService = taskService;
        this.calendar = calendar;
        this.engine = engine;
    }

    ApplicantProgress build(CaseFile file) {
        LocalDate today = AppClock.today();
        TreeSet<Integer> missingYears = new TreeSet<>();

        Map<String, ApplicantProgress.FinishedStep> finished = new LinkedHashMap<>();
        for (ApprovalRecord record : records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(file.processInstanceId())) {
            if (StaffGroup.APPLICANTS.equals(record.agency())) {
                continue;
            }
            // The latest finish of each step by each agency; the outcome is deliberately left out.
            finished.put(record.agency() + "/" + record.stepKey(), new ApplicantProgress.FinishedStep(
                    StaffGroup.displayName(record.agency()), record.stepName(), WorkingDayCalendar.toLocalDate(record.decidedAt())));
        }

        List<ApplicantProgress.PendingStep> pending = new ArrayList<>();
        Integer daysLeft = null;
        List<Task> open = engine.call(() -> taskService.createTaskQuery().processInstanceId(file.processInstanceId())
                .orderByTaskCreateTime().asc().list());
        for (Task task : open) {
            LocalDate due = task.getDueDate() == null ? null : WorkingDayCalendar.toLocalDate(task.getDueDate());
            Integer left = null;
            if (due != null) {
                CalendarResult<Integer> result = calendar.workingDaysBetween(today, due);
                missingYears.addAll(result.yearsWithoutData());
                left = result.value();
                daysLeft = daysLeft == null ? left : Math.min(daysLeft, left);
            }
            pending.add(new ApplicantProgress.PendingStep(agencyOf(task, file), task.getName(), due, left));
        }

        LocalDate submitted = WorkingDayCalendar.toLocalDate(file.submittedAt());
        LocalDate closed = file.closedAt() == null ? null : WorkingDayCalendar.toLocalDate(file.closedAt());
        CalendarResult<Integer> used = calendar.workingDaysBetween(submitted, closed != null ? closed : today);
        missingYears.addAll(used.yearsWithoutData());

        return new ApplicantProgress(file.caseNo(), file.caseTypeName(), file.title(), file.stageName(), file.closed(),
                submitted, closed, List.copyOf(finished.values()), pending, used.value(), daysLeft,
                file.requestedOfApplicant(), missingYears.isEmpty() ? null : CalendarResult.warningFor(missingYears), notices(file));
    }

    /** The case operations that concern the applicant, from the approval record, in the order they happened. */
    private List<ApplicantProgress.CaseNotice> notices(CaseFile file) {
        List<ApplicantProgress.CaseNotice> notices = new ArrayList<>();
        for (ApprovalRecord r : records.findAllByProcessInstanceIdOrderByDecidedAtAscIdAsc(file.processInstanceId())) {
            LocalDate on = WorkingDayCalendar.toLocalDate(r.decidedAt());
            switch (r.outcome()) {
                case SUSPENDED -> notices.add(new ApplicantProgress.CaseNotice(on, "案件中止办理", r.comment()));
                case RESUMED -> notices.add(new ApplicantProgress.CaseNotice(on, "案件恢复办理", firstPart(r.comment())));
                case TERMINATED -> notices.add(new ApplicantProgress.CaseNotice(on, "案件终止办理", r.comment()));
                case EXTENSION_GRANTED -> notices.add(new ApplicantProgress.CaseNotice(on, "「" + r.stepName() + "」办理期限延长",
                        firstPart(r.comment())));
                case TIME_LIMIT_LAPSED -> {
                    if (StaffGroup.APPLICANTS.equals(r.agency())) {
                        notices.add(new ApplicantProgress.CaseNotice(on, "「" + r.stepName() + "」期限届满", r.comment()));
                    }
                }
                default -> {
                }
            }
        }
        return notices;
    }

    /** The figures of an operation's comment, without the lead agency's own note after "；". */
    private static String firstPart(String comment) {
        return comment == null ? null : comment.split("；", 2)[0];
    }

    private String agencyOf(Task task, CaseFile file) {
        if (file.applicant() != null && file.applicant().equals(task.getAssignee())) {
            return APPLICANT_NAME;
        }
        List<IdentityLink> links = engine.call(() -> taskService.getIdentityLinksForTask(task.getId()));
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> StaffGroup.displayName(link.getGroupId()))
                .findFirst().orElse("经办部门");
    }
}
