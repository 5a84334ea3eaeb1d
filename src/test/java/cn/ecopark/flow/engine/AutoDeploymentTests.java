package cn.ecopark.flow.engine;

import cn.ecopark.flow.support.EcoparkSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Deploys the models again exactly as a restart does: unchanged makes no version, one changed file one. */
@EcoparkSpringTest
class AutoDeploymentTests {

    @Autowired
    ModelDeployment deployment;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void everyModelAndFormIsDeployedUnderAStableName() {
        Map<String, String> models = deployment.models();
        assertThat(models).containsKeys("processes/park-application.bpmn", "processes/park-eligibility.dmn");
        assertThat(models.keySet()).allMatch(name -> name.matches("(processes/[a-z0-9-]+\\.(bpmn|dmn))|(forms/[a-z0-9-]+\\.form)"));
        String deploymentId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("park-application")
                .latestVersion().singleResult().getDeploymentId();
        assertThat(repositoryService.getDeploymentResourceNames(deploymentId)).contains("processes/park-application.bpmn");
    }

    @Test
    void aRestartWithUnchangedFilesCreatesNoVersionAndAChangedFileExactlyOne() {
        long definitionsBefore = repositoryService.createProcessDefinitionQuery().count();
        long decisionsBefore = repositoryService.createDecisionDefinitionQuery().count();

        deployment.deploy(engine, UnaryOperator.identity());
        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitionsBefore);
        assertThat(repositoryService.createDecisionDefinitionQuery().count()).isEqualTo(decisionsBefore);

        int version = latestParkApplicationVersion();
        deployment.deploy(engine, models -> {
            models.computeIfPresent("processes/park-application.bpmn", (name, xml) -> xml.replace("name=\"市级初审\"", "name=\"市级初审（修订）\""));
            return models;
        });
        assertThat(latestParkApplicationVersion()).isEqualTo(version + 1);
        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitionsBefore + 1);
        assertThat(repositoryService.createDecisionDefinitionQuery().count()).isEqualTo(decisionsBefore);

        // Put the real model back on top, as the next start-up would.
        deployment.deploy(engine, UnaryOperator.identity());
    }

    private int latestParkApplicationVersion() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("park-application")
                .latestVersion().singleResult().getVersion();
    }
}
