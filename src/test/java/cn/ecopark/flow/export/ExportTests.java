package cn.ecopark.flow.export;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports for reporting upward: the cases of a workflow and period with stage, decisions and working days, and
 * the dashboard's tables, as XLSX (read back here as the OOXML it is) and CSV; authorized like the dashboard and
 * recorded.
 */
@EcoparkSpringTest
class ExportTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    ParkCases cases;
    @Autowired
    ExportRecordRepository exportLog;
    Http http;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @Test
    void theCaseExportOfAPeriodHoldsItsCasesStagesAndDecisions() throws Exception {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 17, 10, 0, 0, 0, SHANGHAI).toInstant()));
        ParkCases.Submitted returned = cases.submit(http, "weihai", "=HYPERLINK(\"http://x\")生态园区" + System.nanoTime() % 1000);
        ParkCases.Submitted passed = cases.submit(http);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 19, 15, 0, 0, 0, SHANGHAI).toInstant()));
        cases.cityReturns(returned.caseNo(), "缺少规划环评审查意见");
        cases.cityPasses(passed.caseNo());
        ClockUtil.reset();

        byte[] xlsx = download("/api/exports/cases?caseType=park-application&from=2026-03-17&to=2026-03-17&format=xlsx", "manager", 200);
        Map<String, String> parts = unzip(xlsx);
        assertThat(parts).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"案卷\"", "name=\"审批决定\"");
        List<Map<String, String>> rows = sheet(parts.get("xl/worksheets/sheet1.xml"));
        assertThat(rows).extracting(r -> r.get("案卷编号")).containsExactlyInAnyOrder(returned.caseNo(), passed.caseNo());
        Map<String, String> returnedRow = rows.stream().filter(r -> r.get("案卷编号").equals(returned.caseNo())).findFirst().orElseThrow();
        assertThat(returnedRow.get("当前环节")).isEqualTo("待补正");
        assertThat(returnedRow.get("业务类型")).isEqualTo("生态工业园区创建申报");
        assertThat(returnedRow.get("是否办结")).isEqualTo("否");
        assertThat(returnedRow.get("审批决定（环节／机关／结论／日期／签批人）"))
                .contains("市级初审", "退回补正", "2026-03-19");
        // 17 March 2026 was a Tuesday: while open a case counts to today, so at least the two days to the 19th.
        assertThat(Integer.parseInt(returnedRow.get("已用工作日"))).isGreaterThanOrEqualTo(2);
        List<Map<String, String>> decisions = sheet(parts.get("xl/worksheets/sheet2.xml"));
        assertThat(decisions).filteredOn(d -> d.get("案卷编号").equals(passed.caseNo())).singleElement()
                .satisfies(d -> {
                    assertThat(d.get("环节")).isEqualTo("市级初审");
                    assertThat(d.get("办理结论")).isEqualTo("通过");
                    assertThat(d.get("决定日期")).isEqualTo("2026-03-19");
                    assertThat(d.get("签批人账号")).isEqualTo("weihai-clerk");
                    assertThat(d.get("决定机关")).contains("威海");
                });

        byte[] csv = download("/api/exports/cases?caseType=park-application&from=2026-03-17&to=2026-03-17&format=csv", "ecology-clerk", 200);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("业务类型,案卷编号,名称,当前环节");
        assertThat(text.split("\r\n")).hasSize(3);
        assertThat(text).as("a formula in a park name is defused").contains(",\"'=HYPERLINK(\"\"http://x\"\")生态园区")
                .doesNotContain(",=HYPERLINK");

        assertThat(exportLog.findByExportedByOrderByIdDesc("manager")).first().satisfies(record -> {
            assertThat(record.kind()).isEqualTo("cases");
            assertThat(record.caseType()).isEqualTo("park-application");
            assertThat(record.periodFrom()).hasToString("2026-03-17");
            assertThat(record.periodTo()).hasToString("2026-03-17");
            assertThat(record.format()).isEqualTo("xlsx");
            assertThat(record.rowCount()).isEqualTo(2);
        });
    }

    @Test
    void everyWorkflowsExportCountsTheSameStagesAsTheDashboard() throws Exception {
        cases.cityPasses(cases.submit(http).caseNo());
        JsonNode dashboard = http.get("/api/dashboard", "manager").json();
        for (JsonNode workflow : dashboard.get("workflows")) {
            String caseType = workflow.get("caseType").asText();
            Map<String, Long> onDashboard = new TreeMap<>();
            workflow.get("stages").forEach(s -> {
                if (s.get("count").asLong() > 0) {
                    onDashboard.put(s.get("stage").asText(), s.get("count").asLong());
                }
            });
            byte[] xlsx = download("/api/exports/cases?caseType=" + caseType + "&from=2000-01-01&to=2099-12-31&format=xlsx", "manager", 200);
            Map<String, Long> exported = new TreeMap<>();
            sheet(unzip(xlsx).get("xl/worksheets/sheet1.xml")).forEach(r -> exported.merge(r.get("当前环节"), 1L, Long::sum));
            assertThat(exported).as(caseType).isEqualTo(onDashboard);
        }

        byte[] tables = download("/api/exports/dashboard?format=xlsx", "admin:admin", 200);
        Map<String, String> parts = unzip(tables);
        assertThat(parts.get("xl/workbook.xml")).contains("全省目标", "各市创建进展", "各业务办理环节", "各机关办理情况");
        List<Map<String, String>> cities = sheet(parts.get("xl/worksheets/sheet2.xml"));
        assertThat(cities).hasSize(16).extracting(r -> r.get("设区市")).contains("威海市", "济南市");
        String stages = new String(download("/api/exports/dashboard?format=csv&table=workflows", "manager", 200), StandardCharsets.UTF_8);
        assertThat(stages).contains("业务类型,流程标识,环节,案卷数");
    }

    @Test
    void onlyTheDashboardsViewersExportAndBadRequestsNameTheField() throws Exception {
        String path = "/api/exports/cases?caseType=park-application&format=csv";
        assertThat(http.get(path, null).status()).isEqualTo(401);
        for (String user : new String[]{"park-applicant", "weihai-clerk", "science-clerk"}) {
            assertThat(http.get(path, user).status()).as(user).isEqualTo(403);
            assertThat(http.get("/api/exports/dashboard", user).status()).as(user).isEqualTo(403);
            assertThat(http.get("/staff/dashboard", user).status()).as("the page answers the same").isEqualTo(403);
        }
        assertThat(exportLog.findByExportedByOrderByIdDesc("park-applicant")).as("a refusal is no export").isEmpty();

        assertThat(http.get("/api/exports/cases?caseType=park-application&format=pdf", "manager").json().get("field").asText())
                .isEqualTo("format");
        assertThat(http.get("/api/exports/cases?caseType=nothing", "manager").json().get("field").asText()).isEqualTo("caseType");
        Http.Response backwards = http.get("/api/exports/cases?caseType=park-application&from=2026-05-01&to=2026-04-01", "manager");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("field").asText()).isEqualTo("to");
    }

    @Test
    void csvCellsThatWouldRunAsFormulasAreQuoted() {
        assertThat(Csv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(Csv.cell("+86 531")).isEqualTo("'+86 531");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell(-2)).as("a number stays a number").isEqualTo("-2");
        assertThat(Csv.cell("济南, 山东")).isEqualTo("\"济南, 山东\"");
    }

    private byte[] download(String path, String user, int expected) throws IOException, InterruptedException {
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        String password = user.contains(":") ? user.substring(user.indexOf(':') + 1) : "demo";
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path + " " + new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; filename=");
        return response.body();
    }

    private static Map<String, String> unzip(byte[] xlsx) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    /** A worksheet's rows keyed by the header row's texts (parsed as XML, so a malformed part fails here). */
    private static List<Map<String, String>> sheet(String xml) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList rowNodes = document.getElementsByTagName("row");
        List<Map<String, String>> raw = new ArrayList<>();
        for (int i = 0; i < rowNodes.getLength(); i++) {
            Map<String, String> cells = new LinkedHashMap<>();
            NodeList cellNodes = ((Element) rowNodes.item(i)).getElementsByTagName("c");
            for (int j = 0; j < cellNodes.getLength(); j++) {
                Element cell = (Element) cellNodes.item(j);
                String column = cell.getAttribute("r").replaceAll("\\d", "");
                cells.put(column, cell.getTextContent());
            }
            raw.add(cells);
        }
        Map<String, String> header = raw.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> cells : raw.subList(1, raw.size())) {
            Map<String, String> row = new HashMap<>();
            header.forEach((column, title) -> row.put(title, cells.get(column)));
            rows.add(row);
        }
        return rows;
    }
}
