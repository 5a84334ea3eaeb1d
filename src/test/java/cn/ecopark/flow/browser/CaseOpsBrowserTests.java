package cn.ecopark.flow.browser;

import cn.ecopark.flow.greenchannel.GreenChannelDriver;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead agency's case operations on the 办理操作 page in a real browser (headless Chromium, Chinese): ecology
 * suspends a park application (a missing reason refused in Chinese), sees 已中止办理, resumes it and grants the
 * science clerk's 延期 request; and adds commerce to a green-channel project's agency review (加签).
 */
@EcoparkSpringTest
class CaseOpsBrowserTests extends BrowserTest {

    @Autowired
    ParkApplicationDriver park;
    @Autowired
    GreenChannelDriver greenChannel;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;


    @Test
    void ecologySuspendsAndResumesAParkApplicationAndGrantsAnExtensionFromThePage() {
        Http http = new Http(port);
        ProcessInstance instance = park.submitGood();
        park.passCityReview(instance);
        String caseNo = instance.getBusinessKey();
        Task review = park.task(instance, "scienceJointReview");
        Date dueBefore = review.getDueDate();
        Http.Response asked = http.post("/api/tasks/" + review.getId() + "/extensions", "science-clerk",
                Http.json(Map.of("workingDays", 5, "reason", "需赴园区现场核实绿色技术创新指标")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);

        // The clerk who asked is offered none of it on the task's page.
        Chromium.loginToTasklist(driver, wait, url(""), "science-clerk");
        open("/staff/task-ops?task=" + review.getId());
        assertThat(driver.findElement(By.id("controlSection")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("extensionSection")).isDisplayed()).isFalse();

        // Ecology opens the page from its own joint-review task (the 办理操作 link of Tasklist's case panel).
        driver.manage().deleteAllCookies();
        Chromium.loginToTasklist(driver, wait, url(""), "ecology-clerk");
        open("/staff/task-ops?task=" + park.task(instance, "ecologyJointReview").getId());
        assertThat(driver.findElement(By.id("controlState")).getText()).isEqualTo("正常办理中");
        assertThat(driver.findElement(By.id("resumeButton")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("extensions")).getText()).contains("科技厅", "science-clerk", "5 个工作日", "需赴园区现场核实绿色技术创新指标");

        // 中止 without a reason: the server's Chinese message, nothing suspended.
        press(By.id("suspendButton"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "reason：请填写中止理由"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().isSuspended()).isFalse();

        driver.findElement(By.id("controlReason")).sendKeys("申报单位涉及环境违法案件，待查处结果");
        press(By.id("suspendButton"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("controlState"), "已中止办理：申报单位涉及环境违法案件，待查处结果"));
        assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("suspendButton")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("resumeButton")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("#extensions .grantButton"))).as("not while suspended").isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().isSuspended()).isTrue();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "中止"));
        Chromium.screenshot(driver, "case-ops-suspended");

        press(By.id("resumeButton"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "已恢复办理"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("controlState"), "正常办理中"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().isSuspended()).isFalse();

        // A refusal needs a reason; then 同意 moves the due date.
        press(By.cssSelector("#extensions .refuseButton"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "comment：请填写不同意延期的理由"));
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getDueDate()).isEqualTo(dueBefore);
        Chromium.screenshot(driver, "case-ops-extension");
        press(By.cssSelector("#extensions .grantButton"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "已同意延期"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("extensionSection")));
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getDueDate()).isAfter(dueBefore);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "同意延期"));
    }

    @Test
    void ecologyAddsAnAgencyToAGreenChannelReviewFromThePage() {
        Map<String, Object> form = GreenChannelDriver.project(greenChannel.park("NAMED"));
        form.put("foreignInvested", false); // routed: ecology, reform, science
        ProcessInstance instance = greenChannel.submit("ecology-clerk", form);
        greenChannel.accept(instance);
        String caseNo = instance.getBusinessKey();

        Chromium.loginToTasklist(driver, wait, url(""), "ecology-clerk");
        openCase(caseNo);
        assertThat(new Select(driver.findElement(By.id("removeAgency"))).getOptions()).extracting(WebElement::getText)
                .contains("省发展改革委").doesNotContain("省商务厅");
        new Select(driver.findElement(By.id("addAgency"))).selectByVisibleText("省商务厅");
        press(By.id("addReviewerButton"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "reason：请填写加签理由"));
        assertThat(greenChannel.review(instance, "commerce")).as("no effect").isNull();

        driver.findElement(By.id("jointReviewReason")).sendKeys("项目涉及外资股权变更，请商务厅一并审查");
        press(By.id("addReviewerButton"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "已加签省商务厅"));
        wait.until(d -> new Select(d.findElement(By.id("removeAgency"))).getOptions().stream().anyMatch(o -> o.getText().equals("省商务厅")));
        assertThat(greenChannel.review(instance, "commerce")).isNotNull();
        Chromium.screenshot(driver, "case-ops-countersign");
    }

    private void openCase(String caseNo) {
        open("/staff/task-ops?case=" + caseNo);
    }

    private void open(String page) {
        driver.get(url(page));
        wait.until(ExpectedConditions.or(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"),
                ExpectedConditions.visibilityOfElementLocated(By.id("error"))));
        assertThat(driver.findElement(By.id("error")).getText()).as("page loaded without error").isEmpty();
    }

    private void press(By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
