package cn.ecopark.flow.security;

import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.redeploy.ProbeModels;
import cn.ecopark.flow.support.Http;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EcoparkSpringTest
class SecurityTests {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    Actors actors;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/user",
            "/api/park-applications/STGY-2026-0001"})
    void theRestApisRefuseAnonymousCalls(String path) {
        assertThat(http.get(path, null).status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(http.get("/engine-rest/task", "dezhou-clerk:wrong").status()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task", "ecology-clerk").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/camunda/api/admin/setup/default/user/create",
            "/camunda/api/admin/SETUP/default/user/create",
            "/camunda//api/admin/setup/default/user/create",
            "/camunda/api/admin/setup;jsessionid=x/default/user/create",
            "/camunda/api/admin/%73etup/default/user/create",
            "/camunda/api/admin/setup/default/user/create/"})
    void theFirstRunSetupCanNeverCreateAUser(String path) {
        long usersBefore = identityService.createUserQuery().count();
        String intruder = Http.json(Map.of(
                "profile", Map.of("id", "intruder", "firstName", "x", "lastName", "y", "email", "x@example.com"),
                "credentials", Map.of("password", "intruder-pass")));

        Http.Response response = http.post(path, null, intruder);

        assertThat(response.status()).isBetween(400, 499);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
        assertThat(identityService.createUserQuery().count()).isEqualTo(usersBefore);
    }

    @Test
    void theAdminSetupPageIsClosed() {
        assertThat(http.get("/camunda/app/admin/default/setup/", null).status()).isEqualTo(403);
        assertThat(SetupEndpointGuard.isSetupPath("/camunda/app/admin/default/")).isFalse();
        assertThat(SetupEndpointGuard.isSetupPath("/engine-rest/task")).isFalse();
    }

    @Test
    void anAdministratorAlwaysExists() {
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").count()).isPositive();
    }

    @Test
    void onlyAdministratorsDeployOrChangeIdentity() {
        // A model that passes every house rule (redeploy.ModelRules): only the deployer's rights are in question.
        String model = ProbeModels.valid();
        for (String user : new String[]{"ecology-clerk", "manager", "park-applicant"}) {
            assertThatThrownBy(() -> actors.as(user, () -> repositoryService.createDeployment()
                    .addString("redeploy-probe.bpmn", model).deploy()))
                    .as(user).isInstanceOf(AuthorizationException.class);
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProbeModels.KEY).count()).isZero();
        String deploymentId = actors.as("admin", () -> repositoryService.createDeployment().addString("redeploy-probe.bpmn", model).deploy().getId());
        repositoryService.deleteDeployment(deploymentId, true);

        assertThat(http.post("/engine-rest/user/create", "manager", Http.json(Map.of(
                "profile", Map.of("id", "sneaky"), "credentials", Map.of("password", "Quiet-pass-2026")))).status()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("sneaky").count()).isZero();
    }
}
