package cn.ecopark.flow.browser;

import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkFixture;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkType;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's day in a real browser (headless Chromium, Chinese): a city clerk works a park application in
 * Tasklist, a manager opens the dashboard from Cockpit, an applicant looks up the progress. Each test leaves
 * a screenshot under target/screenshots and asserts on what the page shows.
 */
@EcoparkSpringTest
class StaffDayBrowserTests extends BrowserTest {

    @Autowired
    ParkCases cases;
    @Autowired
    ApprovalRecordRepository records;
    @Autowired
    ParkRepository parks;
    Http http;

    @BeforeEach
    void http() {
        http = new Http(port);
    }


    @Test
    void aCityClerkSeesTheChineseQueueClaimsAParkApplicationAndCompletesIt() {
        cases.submit(http, "weihai", "威海南海新区生态产业园");
        cases.submit(http, "weihai", "荣成石岛工业园区");
        ParkCases.Submitted submitted = cases.submit(http);
        login("tasklist", "weihai-clerk");

        // The queue: Chinese filters, the case's number and park in the list.
        // Tasklist redraws its list while it refreshes: read and click the entry afresh, ignoring a stale copy.
        By entry = By.xpath("//li[contains(@class,'task')][.//*[contains(normalize-space(.),'" + submitted.caseNo() + "')]]");
        String entryText = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(entry).isDisplayed() ? d.findElement(entry).getText() : null);
        String filters = driver.findElement(By.cssSelector("[cam-tasklist-filters]")).getText();
        assertThat(filters).contains("待办任务", "我的任务", "两日内到期", "已超期");
        assertThat(entryText).contains("市级初审", "编号", submitted.caseNo());
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        Chromium.screenshot(driver, "tasklist-queue");

        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            press(d.findElement(entry).findElement(By.cssSelector("h4 a, a")));
            return true;
        });
        // The panel is drawn when the task's case is known, and drawn again if Tasklist re-renders the task.
        String panel = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            String text = d.findElement(By.cssSelector(".ecopark-case-panel")).getText();
            return text.contains("剩余") ? text : null;
        });
        assertThat(panel).contains(submitted.caseNo(), "生态工业园区创建申报", "当前环节：市级初审", "打印审批单", "申报材料");
        Chromium.screenshot(driver, "tasklist-task");

        clickText("认领");
        WebElement decision = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".fjs-form-field-select:has([id$='CityPre_decision']) .fjs-input-group")));
        press(decision);
        press(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='初审通过']"))));
        WebElement comment = driver.findElement(By.cssSelector("textarea[id$='CityPre_comment']"));
        comment.sendKeys("材料齐全，同意上报省级联合审查。");
        assertThat(driver.findElement(By.cssSelector("[cam-tasklist-task]")).getText()).contains("申报信息", "办理意见", submitted.parkName());
        // The application's data, computed when Tasklist reads the form's variables (no copy on the task).
        assertThat(driver.findElement(By.cssSelector("input[id$='CityPre_parkName']")).getAttribute("value"))
                .isEqualTo(submitted.parkName());
        assertThat(driver.findElement(By.cssSelector("input[id$='CityPre_applicationNo']")).getAttribute("value"))
                .isEqualTo(submitted.caseNo());
        Chromium.screenshot(driver, "tasklist-task-form");

        clickText("提交");
        wait.until(d -> records.findByCaseNoOrderByDecidedAtAscIdAsc(submitted.caseNo()).stream()
                .anyMatch(r -> r.stepKey().equals("cityPreReview")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//li[contains(@class,'task')][.//*[contains(normalize-space(.),'" + submitted.caseNo() + "')]]")));
        Chromium.screenshot(driver, "tasklist-completed");

        ApprovalRecord record = records.findByCaseNoOrderByDecidedAtAscIdAsc(submitted.caseNo()).get(0);
        assertThat(record.actor()).isEqualTo("weihai-clerk");
        assertThat(record.agency()).isEqualTo("city-weihai");
        assertThat(record.outcome().name()).isEqualTo("PASS");
        assertThat(record.comment()).isEqualTo("材料齐全，同意上报省级联合审查。");
        assertThat(cases.task(submitted.caseNo(), "ecologyJointReview")).isNotNull();
    }

    @Test
    void aManagerOpensTheDashboardFromCockpit() throws Exception {
        ParkCases.Submitted submitted = cases.submit(http);
        cases.cityPasses(submitted.caseNo());
        nameParks();
        login("cockpit", "manager");

        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.ecopark-dashboard a")));
        assertThat(link.getText()).isEqualTo("统计看板");
        String cockpit = driver.getWindowHandle();
        link.click();
        wait.until(d -> d.getWindowHandles().size() > 1);
        driver.getWindowHandles().stream().filter(h -> !h.equals(cockpit)).findFirst().ifPresent(h -> driver.switchTo().window(h));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));

        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(driver.getTitle()).isEqualTo("生态工业园区创建进展统计看板");
        assertThat(page).contains("已命名生态工业园区", "2022年底目标（措施5）", "2025年底目标（措施5）", "各市创建计划与实际（措施6）",
                "示例数据", "威海市", "全省合计", "省级联合审查", "省生态环境厅", "各部门办理情况");
        assertThat(driver.findElements(By.cssSelector("#c-cities svg, #c-agencies svg, #c-stages svg, #c-targets svg"))).hasSize(4);
        assertThat(driver.findElement(By.id("failure")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("k-named")).getText()).matches("\\d+ 家").isNotEqualTo("0 家");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1700));
        Chromium.screenshot(driver, "dashboard");
        // The exports under the tables: the dashboard's own tables and the cases of a workflow and period.
        assertThat(driver.findElement(By.id("x-dash-xlsx")).getAttribute("href")).endsWith("/api/exports/dashboard?format=xlsx");
        assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("x-type"))).getOptions())
                .extracting(WebElement::getText).contains("生态工业园区创建申报");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('exports').scrollIntoView()");
        Chromium.screenshot(driver, "dashboard-exports");

        // On paper (A4, the print stylesheet): everything there, buttons gone, a few pages at most.
        org.openqa.selenium.print.PrintOptions a4 = new org.openqa.selenium.print.PrintOptions();
        a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        a4.setBackground(true);
        byte[] printed = java.util.Base64.getDecoder().decode(((org.openqa.selenium.PrintsPage) driver).print(a4).getContent());
        java.nio.file.Files.write(Chromium.SCREENSHOTS.resolve("dashboard-print.pdf"), printed);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(printed)) {
            assertThat(pdf.getNumberOfPages()).isBetween(1, 4);
            // Chromium maps some CJK glyphs to radicals (⽣ for 生, ⻔ for 门) in the text layer; NFKC folds most back.
            String paper = java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf),
                    java.text.Normalizer.Form.NFKC);
            assertThat(paper).contains("生态工业园区创建进展统计看板", "各市创建计划与实际", "全省合计", "办理情况", "平均办理")
                    .doesNotContain("返回 Cockpit").doesNotContain("数据导出");
        }
    }

    @Test
    void anApplicantLooksUpTheProgressWithTheNumberAndCode() {
        ParkCases.Submitted submitted = cases.submit(http);
        cases.cityReturns(submitted.caseNo(), "请补充园区规划环评审查意见的正式文件。");
        driver.get(url("/public/progress.html"));

        driver.findElement(By.id("caseNo")).sendKeys(submitted.caseNo());
        driver.findElement(By.id("code")).sendKeys("ZZZZ-ZZZZ");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        assertThat(message.getText()).isEqualTo("申报编号或查询码不正确，请核对后重试");

        WebElement code = driver.findElement(By.id("code"));
        code.clear();
        code.sendKeys(submitted.code());
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        assertThat(driver.findElement(By.id("message")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("r-stage")).getText()).isEqualTo("待补正");
        assertThat(result.getText()).contains(submitted.caseNo(), submitted.parkName(), "请补充园区规划环评审查意见的正式文件。",
                "申报单位（您）", "补正申报材料", "威海市生态环境局", "市级初审", "个工作日");
        Chromium.screenshot(driver, "applicant-lookup");
    }

    @Test
    void anApplicantSubmitsInTasklistGetsTheCodeOnceAndUploadsADocument() throws Exception {
        login("tasklist", "park-applicant");
        clickText("发起流程");
        press(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[contains(@class,'modal')]//a[contains(.,'生态工业园区创建申报')]"))));
        // The acceptance application takes parks approved to build: this one was approved before (test data).
        Object creditCode = ParkApplicationDriver.approvedApplication("weihai", "文登经济开发区生态园").get("creditCode");
        type("creditCode", creditCode.toString());
        type("parkName", "文登经济开发区生态园");
        choose("city", "威海市");
        choose("parkType", "综合类");
        type("areaKm2", "26.4");
        type("carbonIntensityReductionPct", "19.5");
        type("greenIslandFacilities", "2");
        press(driver.findElement(By.cssSelector(".modal [id$='Submit_threeLinesCompliant']")));
        choose("planningEiaStatus", "已完成并通过审查");
        type("attachmentNames", "创建申请书.pdf");
        type("contactName", "刘洋");
        type("contactPhone", "13906310001");
        Chromium.screenshot(driver, "tasklist-start-form");
        press(wait.until(d -> d.findElements(By.cssSelector(".modal-footer button")).stream()
                .filter(b -> b.isDisplayed() && b.isEnabled() && b.getText().strip().equals("发起")).findFirst().orElse(null)));

        // Right after the start form: the number, the code shown this once, and the upload.
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ecopark-dialog")));
        String caseNo = dialog.findElement(By.cssSelector(".ecopark-case-no")).getText();
        String code = dialog.findElement(By.cssSelector(".ecopark-code-value")).getText();
        assertThat(caseNo).matches("STGY-\\d{4}-\\d{4}");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(dialog.getText()).contains("申报已提交", "查询码只显示这一次", "文登经济开发区生态园");

        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("规划环评审查意见", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n%%EOF\n");
        dialog.findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ecopark-documents"), pdf.getFileName().toString()));
        assertThat(dialog.findElement(By.cssSelector(".ecopark-upload-status")).getText()).contains("已上传");
        Chromium.screenshot(driver, "tasklist-submitted");

        Http.Response progress = http.post("/public/api/progress", null, Http.json(java.util.Map.of("caseNo", caseNo, "code", code)));
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.json().get("stageName").asText()).isEqualTo("市级初审");
        assertThat(http.get("/api/cases/" + caseNo + "/attachments", "weihai-clerk").json().get(0).get("fileName").asText())
                .isEqualTo(pdf.getFileName().toString());
    }

    /**
     * Types into a start-form field until the form holds the text: a dropdown closing or the form re-rendering under a
     * loaded machine can swallow the keys (seen in CI: the 申报材料清单 stayed empty and 发起 stayed disabled).
     */
    private void type(String key, String text) {
        By locator = By.cssSelector(".modal [id$='Submit_" + key + "']");
        for (int attempt = 0; attempt < 5; attempt++) {
            WebElement field = wait.until(ExpectedConditions.elementToBeClickable(locator));
            press(field);
            field.clear();
            field.sendKeys(text);
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(3))
                        .until(d -> text.equals(d.findElement(locator).getAttribute("value")));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
                // the keys were lost: type again
            }
        }
        assertThat(driver.findElement(locator).getAttribute("value")).as(key).isEqualTo(text);
    }

    private void choose(String key, String label) {
        press(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".modal .fjs-form-field-select:has([id$='Submit_" + key + "']) .fjs-input-group"))));
        press(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']"))));
    }

    /** Parks named in earlier years and this one, so the dashboard draws progress (the tests' own data). */
    private void nameParks() {
        String[][] named = {{"jinan", "2021-12-20"}, {"jinan", "2022-10-15"}, {"qingdao", "2022-06-30"}, {"qingdao", "2024-05-10"},
                {"qingdao", "2025-09-01"}, {"zibo", "2022-11-30"}, {"yantai", "2023-03-15"}, {"yantai", "2025-06-20"},
                {"weifang", "2022-08-18"}, {"weifang", "2024-12-01"}, {"weihai", "2025-11-11"}, {"binzhou", "2023-07-01"}};
        for (int i = 0; i < named.length; i++) {
            Park park = ParkFixture.register("看板示例园区" + i + "-" + System.nanoTime(), named[i][0], ParkType.COMPREHENSIVE, new java.math.BigDecimal("25"));
            java.time.LocalDate on = java.time.LocalDate.parse(named[i][1]);
            ParkFixture.name(park, on, on.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), "test", "STGY-DEMO-" + i);
            parks.save(park);
        }
        for (String city : new String[]{"dongying", "weihai", "linyi"}) {
            Park park = ParkFixture.register("看板示例在建园区-" + city + System.nanoTime(), city, ParkType.SECTORAL, new java.math.BigDecimal("12"));
            ParkFixture.approveToBuild(park, java.time.LocalDate.of(2025, 3, 1), java.time.Instant.parse("2025-03-01T00:00:00Z"), "test", "STGY-DEMO-B");
            parks.save(park);
        }
    }

    private void login(String app, String user) {
        Chromium.login(driver, wait, url(""), app, user, "demo");
    }

    private void clickText(String text) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[normalize-space(.)='" + text + "'] | //a[normalize-space(.)='" + text + "']")));
        press(button);
    }

    /** Clicks like a person: scrolled into view, and again once a notification or the footer no longer covers it. */
    private void press(WebElement element) {
        for (int attempt = 1; ; attempt++) {
            try {
                // Again on every try: the form may still be laying itself out after the previous action.
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                element.click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                if (attempt == 10) {
                    throw e;
                }
                sleep(500);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
