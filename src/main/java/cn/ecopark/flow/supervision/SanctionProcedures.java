package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds and keeps the due-process record of a case, and says what a notice in this case is about: a violation's
 * proposed sanction, a revocation after a failed re-check, or a missed self-check. Both supervision workflows use it.
 */
@Component
class SanctionProcedures {

    private final SanctionProcedureRepository repository;
    private final ViolationRepository violations;
    private final ReviewRepository reviews;
    private final WorkingDayCalendar calendar;
    private final SupervisionProperties settings;

    SanctionProcedures(SanctionProcedureRepository repository, ViolationRepository violations, ReviewRepository reviews,
                       WorkingDayCalendar calendar, SupervisionProperties settings) {
        this.repository = repository;
        this.violations = violations;
        this.reviews = reviews;
        this.calendar = calendar;
        this.settings = settings;
    }

    record Subject(SanctionProcedure.Purpose purpose, String caseNo, Long parkId, String proposedMeasure, String suggestedGrounds) {
    }

    /** What the notice of this case is about, from the violation or the re-inspection the process carries. */
    Subject subjectOf(VariableScope scope) {
        Long violationId = SupervisionVariables.violationId(scope);
        if (violationId != null) {
            Violation v = violations.findById(violationId).orElseThrow();
            return new Subject(SanctionProcedure.Purpose.VIOLATION_SANCTION, v.getCaseNo(), v.getParkId(),
                    v.getSanction().chineseName(), v.sanctionReason() + "。" + v.getDescription());
        }
        Review r = reviews.findById(SupervisionVariables.reviewId(scope)).orElseThrow();
        if ("FAIL".equals(r.getVerdict())) {
            return new Subject(SanctionProcedure.Purpose.REVOCATION, r.getReviewNo(), r.getParkId(), "撤销省级生态工业园区称号",
                    "依据鲁环发〔2021〕7号第十六条，复查不合格经限期整改后仍达不到要求：" + r.getVerdictReason()
                            + (r.isRectificationOverdue() ? "；逾期未提交整改报告" : ""));
        }
        return new Subject(SanctionProcedure.Purpose.SELF_CHECK_OVERDUE, r.getReviewNo(), r.getParkId(),
                "认定本次复查不合格并责令限期整改",
                "园区未在期限内提交第%d次复查自查报告（鲁环发〔2021〕7号第十六条：采取自查和抽查相结合的方式复查）".formatted(r.getCycleNo()));
    }

    /** The statement period ends at the close of the n-th working day after today (n: an admin setting). */
    LocalDate statementDeadline(LocalDate today) {
        return calendar.addWorkingDays(today, settings.statementWorkingDays()).value();
    }

    int statementWorkingDays() {
        return settings.statementWorkingDays();
    }

    String statementPeriodSource() {
        return settings.statementPeriodSource();
    }

    Optional<SanctionProcedure> latest(String processInstanceId) {
        List<SanctionProcedure> all = repository.findByProcessInstanceIdOrderByIdAsc(processInstanceId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    SanctionProcedure current(String processInstanceId) {
        return latest(processInstanceId).orElseThrow(() -> new IllegalStateException("No notice in " + processInstanceId));
    }

    /** The guard every sanction passes: no revocation or strike-off without a completed statement period and decision. */
    void requireCompletedBeforeSanction(String processInstanceId) {
        SanctionProcedure procedure = latest(processInstanceId).orElseThrow(() ->
                new IllegalStateException("未经事先告知和陈述申辩，不能撤销称号或除名（" + processInstanceId + "）"));
        if (!procedure.isStatementPeriodComplete() || !"APPROVE".equals(procedure.getDecision())) {
            throw new IllegalStateException("陈述申辩程序未完成或未作出处理决定，不能撤销称号或除名（" + procedure.getCaseNo() + "）");
        }
    }

    SanctionProcedure save(SanctionProcedure procedure) {
        return repository.save(procedure);
    }
}
