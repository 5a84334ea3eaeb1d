package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.calendar.engine.WorkingDayBusinessCalendar;
import cn.ecopark.flow.formcontract.FormContract;
import cn.ecopark.flow.formcontract.TaskDisplay;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the forms of the green channel's tasks show, computed when a form is read (see {@link TaskDisplay}): the
 * project, and for an agency's task its review, time limit, deadline (working days left as of today) and pauses; for
 * the lead agency every opinion side by side with the conflicts flagged. The process keeps only ids. Names here must
 * not be process variables.
 */
@Component("showGreenChannelOnTask")
class ShowGreenChannelOnTask implements TaskDisplay {

    private static final DateTimeFormatter DATE_TIME = AppClock.DATE_TIME;

    private final GreenChannelProjects projects;
    private final StatutoryClock clock;

    ShowGreenChannelOnTask(GreenChannelProjects projects, StatutoryClock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(GreenChannelCaseFiles.PROCESS_KEY);
    }

    @Override
    public Map<String, Object> of(DelegateTask task, FormContract form) {
        GreenChannelProject p = projects.of(task);
        Map<String, Object> view = new HashMap<>();
        view.put("projectNo", p.getProjectNo());
        view.put("projectName", p.getProjectName());
        view.put("investor", p.getInvestor());
        view.put("parkName", p.getParkName());
        view.put("investmentWan", p.getInvestmentWan().doubleValue());
        view.put("industryName", p.getIndustry().chineseName());
        view.put("foreignInvestedName", p.isForeignInvested() ? "是" : "否");
        view.put("reformProcedureName", p.getReformProcedure().chineseName());
        view.put("eiaCategoryName", p.getEiaCategory().chineseName());
        view.put("planningEiaConsistentName", p.isPlanningEiaConsistent()
                ? "符合园区规划环评结论：依法简化环评文件内容（第十五条），仍按常规环评审批办理，法定时限不变"
                : "不符合或规划环评未覆盖：环评文件不简化");
        view.put("projectCode", p.getProjectCode());
        view.put("keyProjectText", p.getKeyProjectBasis() == null ? null : p.getKeyProjectBasis().chineseName()
                + (p.getKeyProjectDocNo() == null ? "" : "（文号：" + p.getKeyProjectDocNo() + "）"));
        Object result = task.getVariable(RecordJointReply.PROJECT_RESULT);
        if (result != null) {
            view.put("projectResultText", Outcome.parse(result.toString()).map(o -> switch (o) {
                case DISAGREE -> "不予同意：有部门不同意，其决定有效，项目不能据此开工建设（规则 green-channel-project-result）";
                case AGREE_WITH_CONDITIONS -> "附条件同意：各部门均未不同意，项目须满足各部门的全部条件（规则 green-channel-project-result）";
                default -> "同意：各部门均同意（规则 green-channel-project-result）";
            }).orElse(result.toString()));
        }
        view.put("documentNames", p.getDocumentNames());
        view.put("contactName", p.getContactName());
        view.put("contactPhone", p.getContactPhone());
        view.put("submittedAtText", DATE_TIME.format(p.getSubmittedAt()));
        view.put("submittedChannel", p.isSubmittedAtWindow() ? "受理窗口录入" : "申请人网上提交");
        view.put("statusName", p.getStatus().chineseName());
        view.put("ineligibleReason", p.getIneligibleReason());
        view.put("correctionRequestText", p.getCorrectionRequest() == null ? null
                : StaffGroup.displayName(p.getCorrectionRequestedBy()) + "要求补正：" + p.getCorrectionRequest());
        p.openCommitment().ifPresent(c -> {
            view.put("missingDocumentsText", c.missingDocuments());
            view.put("commitmentSummary", "承诺于 %s 前（%d 个工作日内）补齐。承诺内容：%s".formatted(c.deadline(),
                    c.workingDays(), c.commitmentText()));
        });
        view.put("reviewsSummary", reviews(p.getReviews()));
        view.put("opinionsSummary", opinions(p.getReviews()));
        List<OpinionConflicts.Conflict> conflicts = OpinionConflicts.among(p.getReviews());
        view.put("conflictsSummary", conflicts.isEmpty() ? "未发现意见冲突" : conflicts.stream()
                .map(c -> "【" + c.kind().chineseName() + "】" + c.description()).collect(Collectors.joining("\n")));
        view.put("pausesSummary", pauses(p.getPauses()));
        if (task.hasVariable(GreenChannelPendingReviews.ELEMENT_VARIABLE)) {
            showReview(view, p, GreenChannelProjects.agencyOf(task));
        }
        return view;
    }

    private void showReview(Map<String, Object> view, GreenChannelProject p, String agency) {
        GreenChannelReview review = p.review(agency);
        view.put("agencyName", StaffGroup.displayName(agency));
        view.put("reviewTypeName", review.getReviewTypeName());
        view.put("timeLimitText", review.statutoryText());
        view.put("commitmentLimitText", review.commitmentText());
        if (review.getDeadline() != null) {
            int left = clock.calendar().workingDaysBetween(clock.today(), review.getDeadline()).value();
            view.put("deadlineText", left >= 0 ? "%s（自今日起剩余 %d 个工作日）".formatted(review.getDeadline(), left)
                    : "%s（已超期 %d 个工作日）".formatted(review.getDeadline(), -left));
        }
        view.put("agencyPausesSummary", pauses(p.getPauses().stream().filter(x -> x.agency().equals(agency)).toList()));
        if (review.getOverdueAt() != null) {
            view.put("overdueSummary", "%s的“%s”办理时限 %s 已届满，%s 标记超期，请督办".formatted(
                    StaffGroup.displayName(agency), review.getReviewTypeName(), review.getDeadline(),
                    DATE_TIME.format(review.getOverdueAt())));
        }
        if (review.getCalendarWarning() != null) {
            view.put(WorkingDayBusinessCalendar.WARNING_VARIABLE, review.getCalendarWarning());
        }
    }

    private static String reviews(List<GreenChannelReview> reviews) {
        return reviews.stream().map(r -> "%s｜%s｜%s｜%s｜承诺 %d 个工作日%s".formatted(StaffGroup.displayName(r.getAgency()),
                r.getReviewTypeName(), r.getStatus().chineseName(), r.statutoryText(), r.getLimitDays(),
                r.getDeadline() == null ? "" : "，截止 " + r.getDeadline())).collect(Collectors.joining("\n"));
    }

    /** Every opinion given, one line per agency, for the lead agency to read side by side. */
    private static String opinions(List<GreenChannelReview> reviews) {
        String text = reviews.stream().filter(GreenChannelReview::isDone).map(r -> "%s（%s，%s）：%s。依据：%s%s%s".formatted(
                        StaffGroup.displayName(r.getAgency()), r.getReviewTypeName(), r.getDecidedBy(),
                        r.getOutcome().chineseName(), r.getBasis(),
                        r.getConditions() == null ? "" : "；附加条件〔" + r.getConditionSubject().chineseName() + "〕：" + r.getConditions(),
                        r.getComment() == null ? "" : "；意见：" + r.getComment()))
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? "尚无部门出具意见" : text;
    }

    private static String pauses(List<GreenChannelPause> pauses) {
        String text = pauses.stream().map(x -> "%s：%s 起因“%s”暂停计时（剩余 %d 个工作日）%s".formatted(
                        StaffGroup.displayName(x.agency()), x.pausedOn(), x.reason().chineseName(), x.remainingDays(),
                        x.isOpen() ? "，尚未恢复" : "，%s 恢复，时限顺延至 %s".formatted(x.resumedOn(), x.deadlineAfter())))
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? "无" : text;
    }
}
