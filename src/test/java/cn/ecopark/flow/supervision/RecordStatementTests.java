package cn.ecopark.flow.supervision;

import cn.ecopark.flow.approval.TaskSubmission;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The park's answer to the notice: the current models map it out of 陈述申辩 themselves; a case still on a model version
 * whose hearing gateway reads the old flag keeps it in step, so its request for a hearing is never lost.
 */
class RecordStatementTests {

    private final SanctionProcedure procedure = SanctionProcedure.notified("FCJC-2028-0001", "pi-1", 3L,
            SanctionProcedure.Purpose.REVOCATION, "撤销省级生态工业园区称号", "复查不合格", "ecology-clerk", Instant.EPOCH,
            5, SupervisionProperties.UNCONFIRMED, LocalDate.of(2028, 12, 8));
    private final Map<String, Object> variables = new HashMap<>();

    @Test
    void aCaseOnTheCurrentModelGetsNoHiddenFlag() {
        variables.put(TaskSubmission.DECISION, "HEARING_REQUESTED");

        answer();

        assertThat(procedure.getStatementStatus()).isEqualTo(SanctionProcedure.StatementStatus.HEARING_REQUESTED);
        assertThat(variables).doesNotContainKey(SupervisionVariables.LEGACY_HEARING_REQUESTED);
    }

    @Test
    void aCaseOnAnEarlierModelVersionKeepsItsHearingFlagInStep() {
        variables.put(SupervisionVariables.LEGACY_HEARING_REQUESTED, false);   // set by the notice of that version
        variables.put(TaskSubmission.DECISION, "HEARING_REQUESTED");

        answer();

        assertThat(variables).containsEntry(SupervisionVariables.LEGACY_HEARING_REQUESTED, true);
    }

    @Test
    void aStatementOnAnEarlierModelVersionAsksForNoHearing() {
        variables.put(SupervisionVariables.LEGACY_HEARING_REQUESTED, false);
        variables.put(TaskSubmission.DECISION, "SUBMITTED");
        variables.put(SupervisionVariables.STATEMENT, "园区已完成整改。");

        answer();

        assertThat(variables).containsEntry(SupervisionVariables.LEGACY_HEARING_REQUESTED, false);
    }

    private void answer() {
        SanctionProcedures procedures = mock(SanctionProcedures.class);
        when(procedures.current("pi-1")).thenReturn(procedure);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.hasVariable(anyString())).thenAnswer(call -> variables.containsKey(call.<String>getArgument(0)));
        when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1))).when(execution).setVariable(anyString(), any());
        DelegateTask task = mock(DelegateTask.class);
        when(task.getExecution()).thenReturn(execution);
        when(task.getProcessInstanceId()).thenReturn("pi-1");

        new RecordStatement(procedures).notify(task);
    }
}
