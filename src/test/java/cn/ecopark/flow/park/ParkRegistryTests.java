package cn.ecopark.flow.park;

import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.support.CreditCodes;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The park registry: a park is its management committee's credit code (GB 32100-2015), whatever it is called;
 * ecology registers the parks approved or named before go-live, and the targets count them from those dates.
 */
@EcoparkSpringTest
class ParkRegistryTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkRepository parks;
    @Autowired
    ParkApplicationDriver applications;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theCheckCharacterFollowsGb32100() {
        // The worked example printed in GB 32100-2015 and its check character.
        assertThat(CreditCode.problem("91350100M000100Y43")).isEmpty();
        assertThat(CreditCode.problem("91350100M000100Y44")).hasValueSatisfying(p -> assertThat(p).contains("校验位"));
        assertThat(CreditCode.problem("91350100M00010OY43")).hasValueSatisfying(p -> assertThat(p).contains("第15位"));
        assertThat(CreditCode.problem("9135010")).hasValueSatisfying(p -> assertThat(p).contains("18位"));
        assertThat(CreditCode.problem("91AB0100M000100Y43")).hasValueSatisfying(p -> assertThat(p).contains("行政区划码"));
        assertThat(CreditCode.problem(CreditCodes.next())).isEmpty();
    }

    @Test
    void anApplicationWithABadCreditCodeIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = parks.count();
        Map<String, Object> form = ParkApplicationDriver.freshApplication();
        String good = (String) form.get("creditCode");
        form.put("creditCode", good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0'));
        assertThatThrownBy(() -> applications.submit(form)).hasMessageStartingWith("creditCode：").hasMessageContaining("校验位");
        form.remove("creditCode");
        assertThatThrownBy(() -> applications.submit(form)).hasMessageStartingWith("creditCode：");
        assertThat(parks.count()).isEqualTo(before);
    }

    @Test
    void aNameAlreadyBorneByAnotherParkIsRefusedAndAParkKnownByNameOnlyTakesTheCode() {
        ProcessInstance first = applications.submitGood();
        Park firstPark = parks.findById((Long) runtimeService.getVariable(first.getId(), "parkId")).orElseThrow();
        Map<String, Object> impostor = ParkApplicationDriver.goodApplication();
        impostor.put("parkName", firstPark.getName());
        assertThatThrownBy(() -> applications.submit(impostor)).hasMessageStartingWith("parkName：")
                .hasMessageContaining(firstPark.getCreditCode());

        Park legacy = parks.save(Park.register("上线前登记的园区" + System.nanoTime(), "weihai", ParkType.COMPREHENSIVE,
                new java.math.BigDecimal("9")));
        Map<String, Object> form = ParkApplicationDriver.freshApplication();
        form.put("parkName", legacy.getName());
        ProcessInstance adopted = applications.submit(form);
        assertThat(runtimeService.getVariable(adopted.getId(), "parkId")).isEqualTo(legacy.getId());
        assertThat(parks.findById(legacy.getId()).orElseThrow().getCreditCode()).isEqualTo(form.get("creditCode"));
    }

    @Test
    void ecologyRegistersAParkNamedIn2021AndTheDashboardCountsItIn2022And2025() {
        JsonNode before = http.get("/api/dashboard", "manager").json().get("targets");
        Map<String, Object> body = registration("2021-06-30", "鲁环发〔2021〕12号");
        body.put("approvedOn", "2019-03-01");
        body.put("approvalDocumentNo", "鲁环函〔2019〕30号");

        assertThat(http.post("/api/parks", "science-clerk", Http.json(body)).status()).isEqualTo(403);
        assertThat(http.post("/api/parks", "park-applicant", Http.json(body)).status()).isEqualTo(403);
        Map<String, Object> noNumber = new HashMap<>(body);
        noNumber.remove("namingDocumentNo");
        Http.Response bad = http.post("/api/parks", "ecology-clerk", Http.json(noNumber));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("namingDocumentNo");

        Http.Response created = http.post("/api/parks", "ecology-clerk", Http.json(body));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("statusName").asText()).isEqualTo("已命名");
        assertThat(http.post("/api/parks", "ecology-clerk", Http.json(body)).status()).isEqualTo(409);

        JsonNode park = http.get("/api/parks/by-credit-code/" + body.get("creditCode"), "manager").json();
        assertThat(park.get("parkLevel").asText()).isEqualTo("省级");
        assertThat(park.get("history").get(0).get("toStatus").asText()).isEqualTo("APPROVED_TO_BUILD");
        assertThat(park.get("history").get(0).get("documentNo").asText()).isEqualTo("鲁环函〔2019〕30号");
        assertThat(park.get("history").get(1).get("effectiveOn").asText()).isEqualTo("2021-06-30");
        assertThat(park.get("history").get(1).get("documentNo").asText()).isEqualTo("鲁环发〔2021〕12号");
        assertThat(http.get("/api/parks/by-credit-code/" + CreditCodes.next(), "manager").status()).isEqualTo(404);
        assertThat(http.get("/api/parks/by-credit-code/" + body.get("creditCode"), "park-applicant").status()).isEqualTo(403);

        JsonNode after = http.get("/api/dashboard", "manager").json().get("targets");
        assertThat(after.get("namedBy2022").asInt()).isEqualTo(before.get("namedBy2022").asInt() + 1);
        assertThat(after.get("namedBy2025").asInt()).isEqualTo(before.get("namedBy2025").asInt() + 1);
        assertThat(after.get("namedNow").asInt()).isEqualTo(before.get("namedNow").asInt() + 1);
    }

    @Test
    void theRegistryIsSearchedByCreditCodeOrAnyNameTheParkHasBorneAndOnlyByItsReaders() {
        Map<String, Object> body = registration("2021-06-30", "鲁环发〔2021〕12号");
        String code = (String) body.get("creditCode");
        String former = (String) body.get("parkName");
        assertThat(http.post("/api/parks", "ecology-clerk", Http.json(body)).status()).isEqualTo(201);
        Park park = parks.findByCreditCode(code).orElseThrow();
        String now = "乳山滨海新区" + System.nanoTime();
        park.rename(now, LocalDate.of(2024, 1, 1), java.time.Instant.now(), "ecology-clerk", null, "更名");
        parks.save(park);

        for (String q : List.of(code, code.substring(4, 12), former, now.substring(0, 8))) {
            JsonNode found = http.get("/api/parks?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
                    "ecology-clerk").json();
            assertThat(found).as(q).anySatisfy(p -> {
                assertThat(p.get("creditCode").asText()).isEqualTo(code);
                assertThat(p.get("parkName").asText()).isEqualTo(now);
                assertThat(p.get("statusName").asText()).isEqualTo("已命名");
            });
        }
        // LIKE's wildcards are text here: "%" finds no park whose code or name lacks one.
        assertThat(http.get("/api/parks?q=%25", "manager").json()).isEmpty();
        assertThat(http.get("/api/parks?q=" + "x".repeat(101), "manager").status()).isEqualTo(400);
        assertThat(http.get("/api/parks?q=" + code, "park-applicant").status()).isEqualTo(403);
        assertThat(http.get("/api/parks?q=" + code, "science-clerk").status()).isEqualTo(403);

        // The page: ecology and administrators; a manager or another agency gets the Chinese refusal.
        assertThat(http.get("/staff/parks", "ecology-clerk").status()).isEqualTo(200);
        assertThat(http.get("/staff/parks", "admin:admin").status()).isEqualTo(200);
        Http.Response refused = http.get("/staff/parks", "science-clerk");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("园区名录仅供省生态环境厅和系统管理员使用");
        assertThat(http.get("/api/me", "ecology-clerk").json().get("parks").asBoolean()).isTrue();
        assertThat(http.get("/api/me", "manager").json().get("parks").asBoolean()).isFalse();
    }

    @Test
    void theTargetsCountWhereAParkStoodOnTheirDates() {
        Park park = Park.register(CreditCodes.next(), "按日期统计园区" + System.nanoTime(), "binzhou", ParkType.SECTORAL,
                new java.math.BigDecimal("15"));
        park.recordEarlierDecisions(null, null, LocalDate.of(2022, 12, 31), "鲁环发〔2022〕9号",
                java.time.Instant.parse("2026-11-01T02:00:00Z"), "ecology-clerk");
        park.revoke(LocalDate.of(2025, 12, 31), java.time.Instant.parse("2026-01-02T02:00:00Z"), "ecology-clerk",
                "FCJC-2025-0001", "复查不合格");
        park = parks.save(park);
        Park reloaded = parks.findById(park.getId()).orElseThrow();
        assertThat(reloaded.statusOn(LocalDate.of(2022, 12, 30))).isEqualTo(ParkStatus.NONE);
        assertThat(reloaded.statusOn(LocalDate.of(2022, 12, 31))).isEqualTo(ParkStatus.NAMED);
        assertThat(reloaded.statusOn(LocalDate.of(2025, 12, 30))).isEqualTo(ParkStatus.NAMED);
        assertThat(reloaded.statusOn(LocalDate.of(2025, 12, 31))).isEqualTo(ParkStatus.REVOKED);
    }

    private static Map<String, Object> registration(String namedOn, String namingNo) {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", CreditCodes.next());
        body.put("catalogueCode", "S377015");
        body.put("parkName", "乳山经济开发区" + System.nanoTime());
        body.put("city", "weihai");
        body.put("parkType", "COMPREHENSIVE");
        body.put("areaKm2", 22.5);
        body.put("parkLevel", "PROVINCIAL");
        body.put("boundaries", "东至青山路，西至金岭路，南至海滨路，北至乳山河");
        body.put("leadingIndustries", "新材料、食品加工");
        body.put("namedOn", namedOn);
        body.put("namingDocumentNo", namingNo);
        return body;
    }
}
