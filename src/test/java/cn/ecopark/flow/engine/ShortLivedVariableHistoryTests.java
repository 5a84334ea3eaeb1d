package cn.ecopark.flow.engine;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A variable created and removed within one command leaves no history; one that outlives its command, or stays,
 * keeps Camunda's full history (value, detail rows, the "deleted" state).
 */
@EcoparkSpringTest
class ShortLivedVariableHistoryTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkCases parkCases;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngineConfiguration configuration;

    String caseNo;
    String instance;

    @BeforeEach
    void aCase() {
        caseNo = parkCases.submit(new Http(port)).caseNo();
        instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
    }

    @Test
    void aClerksFormFieldsLeaveNoHistoryButTheRoutedOutcomeKeepsIts() {
        parkCases.cityPasses(caseNo);

        assertThat(variables("comment")).isEmpty(); // read into the approval record and removed in the same command
        assertThat(details("comment")).isZero();
        List<HistoricVariableInstance> outcome = variables("cityPreReviewDecision");
        assertThat(outcome).singleElement().satisfies(variable -> {
            assertThat(variable.getValue()).isEqualTo("PASS");
            assertThat(variable.getState()).isEqualTo("CREATED");
        });
        assertThat(details("cityPreReviewDecision")).isPositive();
    }

    /** The empty outcome a cancelled step maps out is set as the step ends, so an open step holds no variable for it. */
    @Test
    void anOpenMappedStepHoldsNoOutcomeVariable() {
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance).variableName("decision").count()).isZero();
        parkCases.cityPasses(caseNo); // the joint review's three mapped steps are open now
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance).variableName("decision").count()).isZero();
        assertThat(variables("decision")).isEmpty();
    }

    /** Cases started before: their open steps hold a stored empty outcome, which the decision then fills and maps out. */
    @Test
    void aStepHoldingAStoredOutcomeFromAnOlderModelStillMapsItsDecision() {
        parkCases.cityPasses(caseNo);
        String step = parkCases.task(caseNo, "ecologyJointReview").getExecutionId();
        runtimeService.setVariableLocal(step, "decision", null);

        parkCases.complete("ecology-clerk", caseNo, "ecologyJointReview", Map.of("decision", "AGREE", "basis", "符合要求"));

        assertThat(runtimeService.getVariable(instance, "ecologyJointReviewDecision")).isEqualTo("AGREE");
    }

    @Test
    void aVariableSetAndRemovedInOneCommandLeavesNoRow() {
        inOneCommand(() -> {
            runtimeService.setVariable(instance, "scratch", "一次性");
            runtimeService.setVariable(instance, "scratchJson", Variables.byteArrayValue("字节".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            runtimeService.removeVariables(instance, List.of("scratch", "scratchJson"));
        });

        assertThat(variables("scratch")).isEmpty();
        assertThat(variables("scratchJson")).isEmpty();
        assertThat(details("scratch") + details("scratchJson")).isZero();
    }

    @Test
    void aVariableThatOutlivedItsCommandKeepsItsWholeHistory() {
        runtimeService.setVariable(instance, "kept", "第一版");
        runtimeService.setVariable(instance, "kept", "第二版");
        runtimeService.removeVariable(instance, "kept");

        assertThat(variables("kept")).singleElement().satisfies(variable -> assertThat(variable.getState()).isEqualTo("DELETED"));
        assertThat(details("kept")).isEqualTo(3); // created, updated, removed
    }

    @Test
    void aVariableUpdatedButNotRemovedKeepsItsHistory() {
        inOneCommand(() -> {
            runtimeService.setVariable(instance, "stays", "甲");
            runtimeService.setVariable(instance, "stays", "乙");
        });

        assertThat(variables("stays")).singleElement().satisfies(variable -> assertThat(variable.getValue()).isEqualTo("乙"));
        assertThat(details("stays")).isEqualTo(2);
    }

    private void inOneCommand(Runnable work) {
        ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired().execute(context -> {
            work.run();
            return null;
        });
    }

    private List<HistoricVariableInstance> variables(String name) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(name)
                .includeDeleted().list();
    }

    private long details(String name) {
        return historyService.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list().stream()
                .filter(detail -> detail instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate update
                        && update.getVariableName().equals(name))
                .count();
    }
}
