package cn.ecopark.flow.dashboard;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkFixture;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkType;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The managers' dashboard: targets of measure 5, city plans of measure 6, stages and agencies' workload; who sees it. */
@EcoparkSpringTest
class DashboardTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    ParkRepository parks;
    @Autowired
    TaskService taskService;
    Http http;

    @BeforeEach
    void init() {
        http = new Http(port);
    }

    private JsonNode dashboard() {
        Http.Response response = http.get("/api/dashboard", "manager");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode city(JsonNode dashboard, String code) {
        for (JsonNode city : dashboard.get("cities")) {
            if (city.get("city").asText().equals(code)) {
                return city;
            }
        }
        throw new AssertionError("no city " + code);
    }

    @Test
    void namedParksCountAgainstTheTargetsProvinceWideAndInTheirCity() {
        JsonNode before = dashboard();
        Park named2022 = ParkFixture.register("淄博高新区生态园" + System.nanoTime(), "zibo", ParkType.COMPREHENSIVE, new BigDecimal("20"));
        ParkFixture.name(named2022, LocalDate.of(2022, 6, 30), Instant.parse("2022-06-30T02:00:00Z"), "test", "STGY-2022-0001");
        parks.save(named2022);
        Park namedNow = ParkFixture.register("淄博齐鲁化工区" + System.nanoTime(), "zibo", ParkType.SECTORAL, new BigDecimal("30"));
        ParkFixture.name(namedNow, LocalDate.of(2026, 11, 1), Instant.parse("2026-11-01T02:00:00Z"), "test", "STGY-2026-0100");
        parks.save(namedNow);

        JsonNode after = dashboard();
        assertThat(after.get("targets").get("namedNow").asInt()).isEqualTo(before.get("targets").get("namedNow").asInt() + 2);
        assertThat(after.get("targets").get("namedBy2022").asInt()).isEqualTo(before.get("targets").get("namedBy2022").asInt() + 1);
        assertThat(after.get("targets").get("target2022").asInt()).isEqualTo(30);
        int industrial = after.get("targets").get("industrialParks").asInt();
        assertThat(after.get("targets").get("target2025").asInt()).isEqualTo((industrial + 1) / 2);
        assertThat(city(after, "zibo").get("named").asInt()).isEqualTo(city(before, "zibo").get("named").asInt() + 2);
        assertThat(city(after, "zibo").get("cityName").asText()).isEqualTo("淄博市");
        assertThat(after.get("cities")).hasSize(16);
    }

    @Test
    void applicationsAppearByStageAndAgenciesByWorkload() {
        JsonNode before = dashboard();
        ParkCases.Submitted submitted = cases.submit(http);
        cases.cityPasses(submitted.caseNo());

        JsonNode after = dashboard();
        JsonNode workflow = after.get("workflows").get(0);
        assertThat(workflow.get("caseTypeName").asText()).isEqualTo("生态工业园区创建申报");
        assertThat(stage(after, "省级联合审查")).isEqualTo(stage(before, "省级联合审查") + 1);
        JsonNode ecology = agency(after, "ecology");
        assertThat(ecology.get("name").asText()).isEqualTo("省生态环境厅");
        // Names valid on the day shown: CBIRC Shandong has been the NFRA Shandong office since 2023.
        assertThat(agency(after, "cbirc").get("name").asText()).isEqualTo("国家金融监督管理总局山东监管局");
        assertThat(ecology.get("open").asLong()).isEqualTo(agency(before, "ecology").get("open").asLong() + 1);
        JsonNode weihai = agency(after, "city-weihai");
        assertThat(weihai.get("finished").asLong()).isEqualTo(finished(before, "city-weihai") + 1);
        // Completed the day it was created: zero working days.
        assertThat(weihai.get("avgWorkingDays").asDouble()).isGreaterThanOrEqualTo(0.0);
        // A park application gives the development bank no work (other workflows' tests may have left some).
        assertThat(agency(after, "cdb").get("open").asLong()).isEqualTo(agency(before, "cdb").get("open").asLong());

        Task review = cases.task(submitted.caseNo(), "ecologyJointReview");
        taskService.setDueDate(review.getId(), Date.from(AppClock.now().minus(Duration.ofDays(1))));
        JsonNode overdue = dashboard();
        assertThat(agency(overdue, "ecology").get("overdue").asLong()).isEqualTo(ecology.get("overdue").asLong() + 1);
        assertThat(agency(overdue, "ecology").get("open").asLong()).isEqualTo(ecology.get("open").asLong());
    }

    @Test
    void theDemoFiguresAreMarkedAndAnAdministratorReplacesThem() {
        JsonNode plans = http.get("/api/city-plans", "manager").json();
        assertThat(plans).hasSize(16);
        assertThat(dashboard().get("demoFigures").asBoolean()).isTrue();

        Http.Response saved = put("/api/city-plans/rizhao", "admin:admin", Map.of("plannedParks2025", 4, "industrialParks", 7));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("demo").asBoolean()).isFalse();
        assertThat(saved.json().get("updatedBy").asText()).isEqualTo("admin");
        JsonNode rizhao = city(dashboard(), "rizhao");
        assertThat(rizhao.get("planned2025").asInt()).isEqualTo(4);
        assertThat(rizhao.get("industrialParks").asInt()).isEqualTo(7);
        assertThat(rizhao.get("demo").asBoolean()).isFalse();

        assertThat(put("/api/city-plans/rizhao", "manager", Map.of("plannedParks2025", 1, "industrialParks", 1)).status()).isEqualTo(403);
        Http.Response bad = put("/api/city-plans/rizhao", "admin:admin", Map.of("plannedParks2025", 9, "industrialParks", 7));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("plannedParks2025");
        assertThat(put("/api/city-plans/atlantis", "admin:admin", Map.of("plannedParks2025", 1, "industrialParks", 1))
                .json().get("field").asText()).isEqualTo("city");
    }

    @Test
    void managersEcologyAndAdministratorsSeeItOthersDoNot() {
        assertThat(http.get("/api/dashboard", "ecology-clerk").status()).isEqualTo(200);
        assertThat(http.get("/api/dashboard", "admin:admin").status()).isEqualTo(200);
        assertThat(http.get("/api/dashboard", "weihai-clerk").status()).isEqualTo(403);
        assertThat(http.get("/api/dashboard", "park-applicant").status()).isEqualTo(403);
        assertThat(http.get("/api/dashboard", null).status()).isEqualTo(401);
        assertThat(http.get("/api/me", "manager").json().get("dashboard").asBoolean()).isTrue();
        assertThat(http.get("/api/me", "science-clerk").json().get("dashboard").asBoolean()).isFalse();
        assertThat(http.get("/api/me", "park-applicant").json().get("applicant").asBoolean()).isTrue();
    }

    @Test
    void thePageLoadsEchartsFromOurOwnJarAndIsClosedToOthers() {
        Http.Response page = http.get("/staff/dashboard", "manager");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("生态工业园区创建进展统计看板", "示例数据", "@media print")
                .doesNotContain("${echartsVersion}").doesNotContain("https://");
        String script = "/webjars/echarts/" + DashboardPage.ECHARTS_VERSION + "/dist/echarts.min.js";
        assertThat(page.body()).contains("../webjars/echarts/" + DashboardPage.ECHARTS_VERSION + "/dist/echarts.min.js");
        Http.Response echarts = http.get(script, null);
        assertThat(echarts.status()).isEqualTo(200);
        assertThat(echarts.body()).contains("echarts");

        assertThat(http.get("/staff/dashboard", "weihai-clerk").status()).isEqualTo(403);
        assertThat(http.get("/staff/dashboard", null).status()).isEqualTo(401);
    }

    private Http.Response put(String path, String user, Map<String, Object> body) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (user.contains(":") ? user : user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Http.json(body))).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            return new Http.Response(response.statusCode(), response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long stage(JsonNode dashboard, String name) {
        for (JsonNode stage : dashboard.get("workflows").get(0).get("stages")) {
            if (stage.get("stage").asText().equals(name)) {
                return stage.get("count").asLong();
            }
        }
        throw new AssertionError("no stage " + name);
    }

    /** A city shows only once it had work: none finished before then. */
    private static long finished(JsonNode dashboard, String group) {
        for (JsonNode agency : dashboard.get("agencies")) {
            if (agency.get("group").asText().equals(group)) {
                return agency.get("finished").asLong();
            }
        }
        return 0;
    }

    private static JsonNode agency(JsonNode dashboard, String group) {
        for (JsonNode agency : dashboard.get("agencies")) {
            if (agency.get("group").asText().equals(group)) {
                return agency;
            }
        }
        throw new AssertionError("no agency " + group);
    }
}
