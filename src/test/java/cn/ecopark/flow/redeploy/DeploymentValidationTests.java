package cn.ecopark.flow.redeploy;

import cn.ecopark.flow.engine.ModelDeployment;
import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14, points 1, 2 and 4: deploying from Camunda Modeler, the checks every route passes, the change log. */
@EcoparkSpringTest
class DeploymentValidationTests {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ModelDeployment modelDeployment;
    @Autowired
    ModelChangeLog changeLog;
    @Autowired
    Actors actors;
    ModelerClient modeler;

    @BeforeEach
    void setUp() {
        modeler = new ModelerClient(port);
    }

    @Test
    void anAdministratorDeploysFromTheModelerAndTheDeploymentIsLogged() {
        long before = repositoryService.createDeploymentQuery().count();
        Http.Response response = modeler.deploy("admin", "admin", "部署校验探针", Map.of("redeploy-probe.bpmn", ProbeModels.valid()));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        String deploymentId = response.json().path("id").asText();
        try {
            assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before + 1);
            assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProbeModels.KEY).count()).isEqualTo(1);
            ModelChange logged = changeLog.latest(ProbeModels.KEY, 1).get(0);
            assertThat(logged.kind()).isEqualTo(ModelChange.Kind.DEPLOYED);
            assertThat(logged.actor()).isEqualTo("admin");
            assertThat(logged.deploymentId()).isEqualTo(deploymentId);
            assertThat(logged.source()).isEqualTo("Camunda Modeler");
            assertThat(logged.summary()).contains("redeploy-probe 第1版");
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void aNonAdministratorGets403AndNothingIsDeployed() {
        long before = repositoryService.createDeploymentQuery().count();
        for (String user : List.of("ecology-clerk", "manager", "park-applicant")) {
            Http.Response response = modeler.deploy(user, "demo", "部署校验探针", Map.of("redeploy-probe.bpmn", ProbeModels.valid()));
            assertThat(response.status()).as(user + ": " + response.body()).isEqualTo(403);
        }
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProbeModels.KEY).count()).isZero();
        ModelChange logged = changeLog.latest(ProbeModels.KEY, 1).get(0);
        assertThat(logged.kind()).isEqualTo(ModelChange.Kind.REFUSED);
        assertThat(logged.actor()).isEqualTo("park-applicant");
        assertThat(logged.summary()).contains("无部署权限");
    }

    @Test
    void anInvalidModelIsRefusedWholeWithEveryProblemAndItsElementId() {
        long deployments = repositoryService.createDeploymentQuery().count();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("redeploy-probe.bpmn", ProbeModels.probe("aliens", "noSuchForm", "noSuchBean", false));
        files.put("probe-secret.dmn", ProbeModels.xxeDecision());
        files.put("probe-extra.form", "{\"id\":\"probeExtra\",\"type\":\"default\",\"components\":[]}");

        Http.Response response = modeler.deploy("admin", "admin", "部署校验探针", files);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode body = response.json();
        assertThat(body.path("type").asText()).isEqualTo("ModelValidation");
        List<String> problems = new ArrayList<>();
        body.path("problems").forEach(p -> problems.add(p.path("resource").asText() + "|" + p.path("elementId").asText() + "|" + p.path("message").asText()));
        assertThat(problems).anyMatch(p -> p.startsWith("redeploy-probe.bpmn|probeStep|") && p.contains("未知的候选组“aliens”"));
        assertThat(problems).anyMatch(p -> p.startsWith("redeploy-probe.bpmn|probeStep|") && p.contains("找不到表单 noSuchForm"));
        assertThat(problems).anyMatch(p -> p.startsWith("redeploy-probe.bpmn|probeStep|") && p.contains("Spring bean “noSuchBean”不存在"));
        assertThat(problems).anyMatch(p -> p.startsWith("redeploy-probe.bpmn|probeStep|") && p.contains("BPMN DI"));
        assertThat(problems).anyMatch(p -> p.startsWith("probe-secret.dmn|") && p.contains("XXE"));
        assertThat(body.toString()).doesNotContain("root:");

        // Nothing of it, not the valid form beside the bad models either: no deployment at all.
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        ModelChange logged = changeLog.latest(ProbeModels.KEY, 1).get(0);
        assertThat(logged.kind()).isEqualTo(ModelChange.Kind.REFUSED);
        assertThat(logged.actor()).isEqualTo("admin");
        assertThat(logged.details().path("problems")).hasSize(body.path("problems").size());
    }

    @Test
    void theJavaApiIsCheckedTheSameWay() {
        long deployments = repositoryService.createDeploymentQuery().count();
        assertThatThrownBy(() -> actors.as("admin", () -> repositoryService.createDeployment()
                .addString("redeploy-probe.bpmn", ProbeModels.probe("ecology", "parkConfirmNaming", "noSuchBean", true)).deploy()))
                .isInstanceOfSatisfying(ModelsRefused.class, refused -> assertThat(refused.problems())
                        .containsExactly(new ModelProblem("redeploy-probe.bpmn", "probeStep",
                                "委托 ${noSuchBean} 指向的 Spring bean “noSuchBean”不存在")));
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void theStartUpDeploymentIsCheckedTheSameWay() {
        long deployments = repositoryService.createDeploymentQuery().count();
        assertThatThrownBy(() -> modelDeployment.deploy(engine, models -> {
            models.computeIfPresent("processes/park-application.bpmn",
                    (name, xml) -> xml.replace("camunda:candidateGroups=\"finance\"", "camunda:candidateGroups=\"treasury\""));
            models.remove("forms/park-joint-review.form");
            return models;
        })).isInstanceOfSatisfying(ModelsRefused.class, refused -> assertThat(refused.problems()).extracting(ModelProblem::elementId)
                .contains("decideSubsidy", "recordDisbursement"));
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void everyModelInTheRepositoryPassesWithTheApplicationsBeans() {
        // The start-up deployment already did, or the context would not have started; a changed file must too.
        var result = modelDeployment.deploy(engine, models -> models);
        assertThat(result).isNotNull();
    }
}
