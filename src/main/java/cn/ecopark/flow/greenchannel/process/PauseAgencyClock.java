package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjects;
import cn.ecopark.flow.greenchannel.GreenChannelVariables;
import cn.ecopark.flow.greenchannel.PauseReason;
import cn.ecopark.flow.greenchannel.StatutoryClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The agency sends the project to expert review or site inspection: its clock stops with that reason code
 * and the arrangement it wrote as the note; the other agencies' clocks run on.
 */
@Component("pauseAgencyClock")
class PauseAgencyClock implements JavaDelegate {

    private final GreenChannelProjects projects;
    private final ApprovalRecordRepository records;
    private final StatutoryClock clock;

    PauseAgencyClock(GreenChannelProjects projects, ApprovalRecordRepository records, StatutoryClock clock) {
        this.projects = projects;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agency = GreenChannelVariables.agency(execution);
        Outcome decision = GreenChannelVariables.agencyReviewDecision(execution);
        PauseReason reason = PauseReason.ofDecision(decision)
                .orElseThrow(() -> new IllegalStateException("No clock pause for decision " + decision));
        List<ApprovalRecord> decisions = records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(execution.getProcessInstanceId());
        String note = decisions.stream().filter(r -> agency.equals(r.agency()) && r.outcome() == decision)
                .reduce((first, second) -> second).map(ApprovalRecord::comment).orElse(null);
        GreenChannelProject project = projects.of(execution);
        project.pauseClock(agency, clock.calendar(), reason, note, clock.now());
        projects.save(project);
    }
}
