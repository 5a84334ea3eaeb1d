package cn.ecopark.flow.library;

import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.formcontract.FormContract;
import cn.ecopark.flow.formcontract.TaskDisplay;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the forms of either intake's tasks show, computed when a form is read (see {@link TaskDisplay}): the project,
 * this case's request and standing, the project's standing in the other library, and the opinions the task's agency
 * may read (finsup and the banks: shared ones only), whoever reads the task. A finsup or bank user's read is audited
 * ({@link FinancingReadAudit}). The process keeps ids and labels. Names here must not be process variables.
 */
@Component("showProjectOnTask")
class ShowProjectOnTask implements TaskDisplay {

    private static final DateTimeFormatter DATE_TIME = AppClock.DATE_TIME;

    private final LibraryProjects projects;
    private final ProjectOpinions opinions;

    ShowProjectOnTask(LibraryProjects projects, ProjectOpinions opinions) {
        this.projects = projects;
        this.opinions = opinions;
    }

    @Override
    public Set<String> processKeys() {
        return Arrays.stream(Library.values()).map(Library::processKey).collect(Collectors.toSet());
    }

    @Override
    public Map<String, Object> of(DelegateTask task, FormContract form) {
        LibraryProject project = projects.of(task);
        LibraryIntake intake = project.intake(CaseVariables.caseNo(task));
        Map<String, Object> view = new HashMap<>(ProjectForm.fieldsOf(project.data()));
        view.put("libraryName", intake.getLibrary().chineseName());
        view.put("submittedAt", DATE_TIME.format(intake.getSubmittedAt()));
        view.put("statusName", intake.getStatus().chineseName());
        if (intake.getLibrary() == Library.POLLUTION_PREVENTION) {
            view.put("requestedFunding", intake.getRequestedAmount().doubleValue());
            view.put("entryNote", intake.getEntryNote());
            view.put("maturityName", intake.isMature() ? "条件成熟" : "尚不具备开工条件（作为储备项目入库）");
            view.put("suggestedPriorityName", intake.getSuggestedPriority() == null ? null
                    : intake.getSuggestedPriority().chineseName());
        } else {
            view.put("requestedLoan", intake.getRequestedAmount().doubleValue());
            view.put("loanTermMonths", intake.getLoanTermMonths());
            view.put("pollutionStandingName", pollutionStanding(project));
            Preferences preferences = intake.preferences();
            if (preferences != null) {
                view.put("priorityName", preferences.priority().chineseName());
                view.put("preferencesSummary", preferences.names().isEmpty() ? "不享受优先政策" : String.join("、", preferences.names()));
                view.put("preferenceNote", preferences.note());
            }
        }
        view.put("refusalReason", intake.getRefusalReason());
        List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
        // The park's own notices carry the reason, not the agencies' opinions.
        view.put("opinionsSummary", groups.isEmpty() || !form.reads("opinionsSummary") ? null : opinions.summary(project, groups));
        return view;
    }

    /** For the green-finance reviewers and banks: where the same project stands in the pollution-prevention library. */
    private static String pollutionStanding(LibraryProject project) {
        return project.placeIn(Library.POLLUTION_PREVENTION).map(i -> {
            StringBuilder standing = new StringBuilder(i.getStatus().chineseName()).append("（").append(i.getCaseNo());
            if (i.getPriority() != null) {
                standing.append("，").append(i.getPriority().chineseName());
            }
            standing.append("）");
            if (!project.tranchesOf(i.getCaseNo()).isEmpty()) {
                standing.append("，已安排资金 ").append(project.fundedAmount(i.getCaseNo()).toPlainString()).append(" 万元");
            }
            return standing.toString();
        }).orElse("未纳入污染防治项目库");
    }
}
