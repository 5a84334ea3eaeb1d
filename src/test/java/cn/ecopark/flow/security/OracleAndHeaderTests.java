package cn.ecopark.flow.security;

import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, must-have 5 (oracles and headers): a caller who may not read something gets exactly the answer an
 * unknown id gets, so no answer tells which cases exist; our pages and APIs carry CSP, frame, sniffing and
 * referrer protections.
 */
@EcoparkSpringTest
class OracleAndHeaderTests {

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
    void client() {
        http = new Http(port);
    }

    @Test
    void forbiddenAndUnknownGetTheSame404() {
        ParkCases.Submitted weihai = cases.submit(http);
        String caseNo = weihai.caseNo();
        String unknown = "STGY-1999-9999";
        String taskId = cases.task(caseNo, "cityPreReview").getId();
        long parkId = parks.findAll().stream().filter(p -> p.getName().equals(weihai.parkName())).findFirst().orElseThrow().getId();

        for (String user : List.of("jinan-clerk", "cdb-clerk", "reform-clerk")) {
            sameAnswer(user, "/api/park-applications/" + caseNo, "/api/park-applications/" + unknown, caseNo, unknown);
            sameAnswer(user, "/staff/cases/" + caseNo + "/approval-sheet", "/staff/cases/" + unknown + "/approval-sheet", caseNo, unknown);
            sameAnswer(user, "/staff/cases/" + caseNo + "/approval-sheet.pdf", "/staff/cases/" + unknown + "/approval-sheet.pdf", caseNo, unknown);
            sameAnswer(user, "/api/cases/" + caseNo + "/attachments", "/api/cases/" + unknown + "/attachments", caseNo, unknown);
            sameAnswer(user, "/api/tasks/" + taskId + "/case-file", "/api/tasks/no-such-task/case-file", taskId, "no-such-task");
            sameAnswer(user, "/api/parks/" + parkId + "/history", "/api/parks/999999999/history", String.valueOf(parkId), "999999999");
        }
        // The same paths answer those who may read them.
        assertThat(http.get("/api/park-applications/" + caseNo, "weihai-clerk").status()).isEqualTo(200);
        assertThat(http.get("/staff/cases/" + caseNo + "/approval-sheet", "weihai-clerk").status()).isEqualTo(200);
        assertThat(http.get("/api/parks/" + parkId + "/history", "ecology-clerk").status()).isEqualTo(200);
    }

    private void sameAnswer(String user, String forbidden, String unknown, String id, String unknownId) {
        Http.Response refused = http.get(forbidden, user);
        Http.Response missing = http.get(unknown, user);
        assertThat(refused.status()).as(user + " " + forbidden).isEqualTo(404);
        assertThat(missing.status()).as(user + " " + unknown).isEqualTo(404);
        // Only the id named in the message differs (a bare replace would also hit the digits of "404" for id 4).
        assertThat(refused.json().get("message").asText().replace(id, "#")).as(user + " " + forbidden)
                .isEqualTo(missing.json().get("message").asText().replace(unknownId, "#"));
        assertThat(((com.fasterxml.jackson.databind.node.ObjectNode) refused.json()).without("message").toString()).as(user + " " + forbidden)
                .isEqualTo(((com.fasterxml.jackson.databind.node.ObjectNode) missing.json()).without("message").toString());
    }

    @Test
    void ourPagesAndApisCarryTheBrowserProtections() {
        for (String[] call : List.of(
                new String[]{"/staff/dashboard", "manager", "text/html"},
                new String[]{"/public/progress.html", null, "text/html"},
                new String[]{"/api/me", "manager", "application/json"},
                new String[]{"/api/park-applications/STGY-1999-9999", "manager", "application/json"},
                new String[]{"/api/me", null, "application/json"},
                new String[]{"/staff/dashboard", null, "text/html"})) {
            HttpResponse<String> response = http.exchange(call[0], call[1], call[2]);
            String what = call[0] + " as " + call[1] + " (" + response.statusCode() + ")";
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(what).contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'")
                    .doesNotContain("'unsafe-eval'").doesNotContainPattern("script-src[^;]*'unsafe-inline'");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(what).contains("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(what).contains("no-referrer");
        }
        // The Camunda webapps keep their own policy (they load scripts with nonces).
        HttpResponse<String> tasklist = http.exchange("/camunda/app/tasklist/default/", null, "text/html");
        assertThat(tasklist.headers().firstValue("Content-Security-Policy").orElse("")).doesNotContain("sha256-");
    }

    @Test
    void onlyTheInlineScriptsShippedInOurPagesMayRun() {
        String policy = new SecurityHeaders().policy();
        // One inline script per page file plus the print handler; an injected script has another hash.
        assertThat(SecurityHeaders.pages()).as("dashboard, redeploy assistant, progress lookup, notices").hasSizeGreaterThanOrEqualTo(4);
        assertThat(policy.split("'sha256-", -1)).hasSize(1 + SecurityHeaders.pages().size() + SecurityHeaders.HANDLERS.length);
        assertThat(policy).contains("'" + SecurityHeaders.sha256("window.print()") + "'")
                .doesNotContain("'" + SecurityHeaders.sha256("alert(1)") + "'");
    }
}
