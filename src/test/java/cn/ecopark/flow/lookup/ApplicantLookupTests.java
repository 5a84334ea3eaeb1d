package cn.ecopark.flow.lookup;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The applicant's public progress lookup: what it shows, what it hides, and how it resists guessing. */
@EcoparkSpringTest
class ApplicantLookupTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    AttemptLimiter limiter;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void init() {
        http = new Http(port);
        limiter.reset();
    }

    private Http.Response lookup(String caseNo, String code) {
        return http.post("/public/api/progress", null, Http.json(Map.of("caseNo", caseNo, "code", code)));
    }

    @Test
    void theCodeFromTheSubmissionShowsTheStageWhoIsWorkingAndTheWorkingDaysLeft() {
        ParkCases.Submitted submitted = cases.submit(http);
        assertThat(submitted.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");

        Http.Response response = lookup(submitted.caseNo(), submitted.code().toLowerCase().replace("-", " "));
        assertThat(response.status()).isEqualTo(200);
        JsonNode progress = response.json();
        assertThat(progress.get("stageName").asText()).isEqualTo("市级初审");
        assertThat(progress.get("title").asText()).isEqualTo(submitted.parkName());
        assertThat(progress.get("pending").get(0).get("agencyName").asText()).isEqualTo("威海市生态环境局");
        assertThat(progress.get("pending").get(0).get("stepName").asText()).isEqualTo("市级初审");
        assertThat(progress.get("pending").get(0).get("workingDaysLeft").asInt()).isBetween(9, 10);
        assertThat(progress.get("workingDaysUsed").asInt()).isZero();
        assertThat(progress.get("finished")).isEmpty();
        assertThat(progress.get("requestedOfApplicant").isNull()).isTrue();
    }

    @Test
    void onlyTheHashIsStored() {
        ParkCases.Submitted submitted = cases.submit(http);
        String stored = jdbc.sql("SELECT code_hash FROM case_lookup_code WHERE case_no = ?").param(submitted.caseNo())
                .query(String.class).single();
        assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain(submitted.code().replace("-", ""));
    }

    @Test
    void aCorrectionRequestShowsItsReasonsButNoAgencyOpinionIsEverShown() {
        ParkCases.Submitted submitted = cases.submit(http);
        cases.cityPasses(submitted.caseNo());
        cases.jointReviewAgrees(submitted.caseNo(), "内部审查依据-");
        JsonNode afterJoint = lookup(submitted.caseNo(), submitted.code()).json();
        assertThat(afterJoint.get("stageName").asText()).isEqualTo("命名确认");
        assertThat(afterJoint.get("finished")).extracting(f -> f.get("agencyName").asText())
                .contains("威海市生态环境局", "省生态环境厅", "省科技厅", "省商务厅");
        assertThat(afterJoint.get("pending").get(0).get("agencyName").asText()).isEqualTo("省生态环境厅");
        String body = afterJoint.toString();
        assertThat(body).doesNotContain("内部审查依据", "材料齐全，同意上报", "绿色技术中试平台", "AGREE", "同意");

        cases.complete("ecology-clerk", submitted.caseNo(), "confirmNaming",
                Map.of("decision", "RETURN_FOR_CORRECTION", "comment", "请补充园区近三年碳排放核算报告"));
        JsonNode correction = lookup(submitted.caseNo(), submitted.code()).json();
        assertThat(correction.get("stageName").asText()).isEqualTo("待补正");
        assertThat(correction.get("requestedOfApplicant").asText()).isEqualTo("请补充园区近三年碳排放核算报告");
        assertThat(correction.get("pending").get(0).get("agencyName").asText()).isEqualTo("申报单位（您）");
        assertThat(correction.get("pending").get(0).get("stepName").asText()).isEqualTo("补正申报材料");
    }

    @Test
    void aWrongCodeAndAnUnknownNumberGetTheSameAnswer() {
        ParkCases.Submitted submitted = cases.submit(http);
        Http.Response wrongCode = lookup(submitted.caseNo(), "AAAA-AAAA");
        Http.Response unknownNumber = lookup("STGY-2026-9999", submitted.code());
        assertThat(wrongCode.status()).isEqualTo(404);
        assertThat(unknownNumber.status()).isEqualTo(wrongCode.status());
        assertThat(unknownNumber.body()).isEqualTo(wrongCode.body());
        assertThat(wrongCode.json().get("message").asText()).isEqualTo(PublicProgressApi.NOT_FOUND);
    }

    @Test
    void fiveWrongCodesLockTheNumberEvenForTheRightCodeAndUnknownNumbersLockAlike() {
        ParkCases.Submitted submitted = cases.submit(http);
        for (int i = 0; i < AttemptLimiter.MAX_PER_NUMBER; i++) {
            assertThat(lookup(submitted.caseNo(), "WRONG" + i).status()).isEqualTo(404);
            assertThat(lookup("STGY-2026-8888", "WRONG" + i).status()).isEqualTo(404);
        }
        Http.Response locked = lookup(submitted.caseNo(), submitted.code());
        Http.Response lockedUnknown = lookup("STGY-2026-8888", submitted.code());
        assertThat(locked.status()).isEqualTo(429);
        assertThat(lockedUnknown.body()).isEqualTo(locked.body());
        assertThat(locked.json().get("message").asText()).contains("15分钟");

        limiter.reset();
        assertThat(lookup(submitted.caseNo(), submitted.code()).status()).isEqualTo(200);
    }

    @Test
    void oneClientGuessingAcrossManyNumbersIsLockedToo() {
        for (int i = 0; i < AttemptLimiter.MAX_PER_CLIENT; i++) {
            lookup("STGY-2026-7" + String.format("%03d", i), "GUESS");
        }
        ParkCases.Submitted submitted = cases.submit(http);
        assertThat(lookup(submitted.caseNo(), submitted.code()).status()).isEqualTo(429);
    }

    @Test
    void theApplicantMayGetANewCodeWhichVoidsTheOldOneAndNobodyElseMay() {
        ParkCases.Submitted submitted = cases.submit(http);
        Http.Response issued = http.post("/api/lookup-codes", "park-applicant", Http.json(Map.of("caseNo", submitted.caseNo())));
        assertThat(issued.status()).isEqualTo(201);
        String fresh = issued.json().get("code").asText();
        assertThat(fresh).isNotEqualTo(submitted.code());
        assertThat(lookup(submitted.caseNo(), submitted.code()).status()).isEqualTo(404);
        assertThat(lookup(submitted.caseNo(), fresh).status()).isEqualTo(200);

        assertThat(http.post("/api/lookup-codes", "weihai-clerk", Http.json(Map.of("caseNo", submitted.caseNo()))).status())
                .isEqualTo(403);
        assertThat(http.post("/api/lookup-codes", "jinan-clerk", Http.json(Map.of("caseNo", submitted.caseNo()))).status())
                .isEqualTo(404);
        assertThat(http.post("/api/lookup-codes", null, Http.json(Map.of("caseNo", submitted.caseNo()))).status())
                .isEqualTo(401);
        assertThat(lookup(submitted.caseNo(), fresh).status()).isEqualTo(200);
    }

    @Test
    void missingFieldsAreNamed() {
        Http.Response response = http.post("/public/api/progress", null, Http.json(Map.of("caseNo", "STGY-2026-0001")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("code");
    }

    @Test
    void thePublicPageNeedsNoLogin() {
        Http.Response page = http.get("/public/progress.html", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("申报进度查询", "/public/api/progress");
    }
}
