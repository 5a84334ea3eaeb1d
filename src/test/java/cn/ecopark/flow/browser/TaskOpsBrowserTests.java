package cn.ecopark.flow.browser;

import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.support.EcoparkSpringTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * 办理操作 from Tasklist in a real browser (headless Chromium, Chinese): the province opens its naming task, follows the
 * panel's 办理操作 link, copies the case to another agency's managers (抄送) and sends the case back to the city (退回);
 * the city clerk then sees the reason above the returned task, and the manager finds the copy under 抄送我的.
 */
@EcoparkSpringTest
class TaskOpsBrowserTests extends BrowserTest {

    @Autowired
    ParkApplicationDriver park;
    @Autowired
    RuntimeService runtimeService;


    @Test
    void theProvinceCopiesTheCaseAndReturnsItToTheCityFromTasklist() {
        ProcessInstance instance = park.submitGood();
        park.passCityReview(instance);
        park.agreeJointReview(instance);
        String caseNo = (String) runtimeService.getVariable(instance.getId(), "caseNo");
        Task naming = park.task(instance, "confirmNaming");

        login("ecology-clerk");
        driver.get(url("/camunda/app/tasklist/default/#/?task=" + naming.getId()));
        String href = wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement link = d.findElement(By.cssSelector(".ecopark-case-panel a.ecopark-ops-link"));
            return link.getText().equals("办理操作（退回、转办、委派、抄送）") ? link.getAttribute("href") : null;
        });
        driver.get(href);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        assertThat(driver.findElement(By.id("caseInfo")).getText()).contains(caseNo, "确认命名建议");

        // 抄送 to another agency's managers.
        new Select(driver.findElement(By.id("copyGroup"))).selectByVisibleText("省商务厅负责人");
        driver.findElement(By.id("copyNote")).sendKeys("请商务厅负责人知悉该园区命名进展");
        press(driver.findElement(By.id("copyButton")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "已抄送给 1 人"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "抄送"));

        // 退回 without a reason is refused in Chinese, then with one it goes back to the city.
        new Select(driver.findElement(By.id("returnTarget"))).selectByValue("cityPreReview");
        press(driver.findElement(By.id("returnButton")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "reason：请填写退回理由"));
        driver.findElement(By.id("returnReason")).sendKeys("园区四至范围与批准建设文件不一致，请市级复核");
        Chromium.screenshot(driver, "task-ops");
        press(driver.findElement(By.id("returnButton")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "已退回至「市级初审」"));
        assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
        Chromium.screenshot(driver, "task-ops-returned");
        assertThat(park.task(instance, "cityPreReview")).isNotNull();

        // The city clerk sees the reason above the returned task.
        driver.manage().deleteAllCookies();
        login("weihai-clerk");
        driver.get(url("/camunda/app/tasklist/default/#/?task=" + park.task(instance, "cityPreReview").getId()));
        // The panel may be drawn again while Tasklist settles: read its text afresh.
        String returned = wait.ignoring(StaleElementReferenceException.class).until(d -> {
            String text = d.findElement(By.cssSelector(".ecopark-case-panel .ecopark-returned")).getText();
            return text.contains("确认命名建议") ? text : null;
        });
        assertThat(returned).contains("本环节被退回，退回理由：园区四至范围与批准建设文件不一致，请市级复核", "确认命名建议");
        Chromium.screenshot(driver, "tasklist-returned-task");

        // The manager of commerce finds the copy under 抄送我的.
        driver.manage().deleteAllCookies();
        login("commerce-manager");
        WebElement filter = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@cam-tasklist-filters]//*[contains(normalize-space(.),'抄送我的')][self::a or self::h4 or self::span]")));
        press(filter);
        By entry = By.xpath("//li[contains(@class,'task')][.//*[contains(normalize-space(.),'" + caseNo + "')]]");
        String entryText = wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(entry).isDisplayed() ? d.findElement(entry).getText() : null);
        assertThat(entryText).contains("抄送：");
        Chromium.screenshot(driver, "tasklist-carbon-copies");
    }

    private void login(String user) {
        Chromium.loginToTasklist(driver, wait, url(""), user);
    }

    private void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
