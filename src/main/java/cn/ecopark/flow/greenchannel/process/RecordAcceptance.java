package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.greenchannel.GreenChannelCommitment;
import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjects;
import cn.ecopark.flow.greenchannel.GreenChannelVariables;
import cn.ecopark.flow.greenchannel.StatutoryClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The window's acceptance (受理). 容缺受理 needs the missing non-key documents, the applicant's written
 * commitment and a deadline in working days (at most {@value #MAX_COMMITMENT_DAYS}); the deadline's timer
 * runs on {@code commitmentDue}. Whether the case waits for the missing documents is the step's own outcome, which the
 * model maps out as {@code acceptProjectDecision}.
 */
@Component("recordAcceptance")
class RecordAcceptance implements TaskListener {

    static final int MAX_COMMITMENT_DAYS = 20;
    static final String[] FIELDS = {"missingDocuments", "commitmentText", "commitmentWorkingDays"};

    private final GreenChannelProjects projects;
    private final StatutoryClock clock;

    RecordAcceptance(GreenChannelProjects projects, StatutoryClock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Outcome decision = TaskSubmission.outcome(task).orElse(null);
        GreenChannelProject project = projects.of(task);
        Instant now = clock.now();
        if (decision == Outcome.ACCEPT_WITH_DEFICIENCY) {
            FormFields field = FormFields.of(task);
            String missing = field.text("missingDocuments", "容缺材料（非关键材料）", 1000);
            String commitment = field.text("commitmentText", "申请人书面承诺", 1000);
            int days = field.integer("commitmentWorkingDays", "承诺补齐期限（工作日）", 1, MAX_COMMITMENT_DAYS);
            LocalDate deadline = clock.calendar().addWorkingDays(clock.today(), days).value();
            project.acceptedWithDeficiency(new GreenChannelCommitment(missing, commitment, days, deadline, now,
                    Actor.of(task), null, null, null));
            GreenChannelVariables.setCommitmentDue(task.getExecution(), WorkingDayCalendar.endOfDay(deadline));
        } else if (decision == Outcome.ACCEPT) {
            project.accepted(now);
        } else {
            return;
        }
        projects.save(project);
        TaskSubmission.remove(task, FIELDS);
    }
}
