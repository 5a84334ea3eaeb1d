package cn.ecopark.flow.indexsystem;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@EcoparkSpringTest
class IndexCatalogueAdminApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndexCatalogues catalogues;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void shippedVersionAgain() {
        // One shared context: other tests expect applications judged by the shipped v1.
        jdbc.sql("DELETE FROM index_catalogue_edit").update();
    }

    @Test
    void anAdminsEditIsTheNextVersionWithHistoryAndEarlierVersionsStay() throws Exception {
        Http.Response shown = http.get("/api/admin/index-catalogue", "admin:admin");
        assertThat(shown.status()).isEqualTo(200);
        ObjectNode catalogue = (ObjectNode) shown.json().get("catalogue");
        assertThat(catalogue.get("version").asText()).isEqualTo("v1");
        assertThat(shown.json().get("history")).isEmpty();

        // Item 5 (清洁生产审核) relaxed to 90 %.
        for (JsonNode item : catalogue.get("items")) {
            if (item.get("code").asText().equals("cleanerProductionAudit")) {
                ((ObjectNode) item).put("threshold", 90);
            }
        }
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("reason", "按修订后的考核标准").set("catalogue", catalogue));
        Http.Response saved = http.put("/api/admin/index-catalogue", "admin:admin", body);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("version").asText()).isEqualTo("v2");

        assertThat(catalogues.current().version()).isEqualTo("v2");
        assertThat(catalogues.version("v1").orElseThrow().items()).anyMatch(i -> i.code().equals("cleanerProductionAudit")
                && i.threshold().intValue() == 100);
        assertThat(catalogues.version("v2").orElseThrow().items()).anyMatch(i -> i.code().equals("cleanerProductionAudit")
                && i.threshold().intValue() == 90);
        JsonNode history = http.get("/api/admin/index-catalogue", "admin:admin").json().get("history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("version").asText()).isEqualTo("v2");
        assertThat(history.get(0).get("editedBy").asText()).isEqualTo("admin");
        assertThat(history.get(0).get("reason").asText()).isEqualTo("按修订后的考核标准");
    }

    @Test
    void aCatalogueThatDoesNotHoldTogetherOrAMissingReasonIsRefusedAndNothingSaved() throws Exception {
        ObjectNode catalogue = (ObjectNode) http.get("/api/admin/index-catalogue", "admin:admin").json().get("catalogue");
        ((ObjectNode) catalogue.get("groups").get(0)).put("atLeast", 9);
        Http.Response refused = http.put("/api/admin/index-catalogue", "admin:admin",
                JSON.writeValueAsString(JSON.createObjectNode().put("reason", "试").set("catalogue", catalogue)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("catalogue");
        Http.Response noReason = http.put("/api/admin/index-catalogue", "admin:admin",
                JSON.writeValueAsString(JSON.createObjectNode().set("catalogue", catalogue)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM index_catalogue_edit").query(Long.class).single()).isZero();
        assertThat(catalogues.current().version()).isEqualTo("v1");
    }

    @Test
    void onlyAdministratorsSeeOrEditTheCatalogue() {
        assertThat(http.get("/api/admin/index-catalogue", null).status()).isEqualTo(401);
        for (String user : new String[]{"science-clerk", "park-applicant"}) {
            Http.Response read = http.get("/api/admin/index-catalogue", user);
            assertThat(read.status()).as(user + read.body()).isEqualTo(403);
            Http.Response refused = http.put("/api/admin/index-catalogue", user, "{\"reason\":\"x\",\"catalogue\":{}}");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.json().get("message").asText()).contains("系统管理员");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM index_catalogue_edit").query(Long.class).single()).isZero();
    }
}
