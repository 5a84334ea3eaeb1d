package cn.ecopark.flow.browser;

import cn.ecopark.flow.redeploy.ParkApplicationV2;
import cn.ecopark.flow.redeploy.RedeployAssistant;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's redeploy assistant in a real browser (headless Chromium, Chinese): logged in to Cockpit, the
 * admin compares version 1 of park-application with the version 2 the Modeler deployed, dry-runs and migrates, and
 * reads the report: the case at an unchanged step moved, the case at the removed step stayed, with the reason.
 */
@EcoparkSpringTest
class RedeployBrowserTests extends BrowserTest {

    @Autowired
    ParkCases cases;
    @Autowired
    RedeployAssistant assistant;
    @Autowired
    RepositoryService repositoryService;
    String v2DeploymentId;

    @Override
    Duration waitLimit() {
        return Duration.ofSeconds(90);
    }

    @AfterEach
    void rollBackV2() {
        if (v2DeploymentId != null) {
            ParkApplicationV2.rollBack(v2DeploymentId, assistant, repositoryService);
        }
    }

    @Test
    void anAdministratorWalksFromTheDiffToTheMigrationAndReadsTheReport() {
        Http http = new Http(port);
        String atCity = cases.submit(http).caseNo();
        String atDisagreement = cases.submit(http).caseNo();
        cases.cityPasses(atDisagreement);
        cases.complete("ecology-clerk", atDisagreement, "ecologyJointReview", Map.of("decision", "AGREE", "basis", "符合要求"));
        cases.complete("science-clerk", atDisagreement, "scienceJointReview", Map.of("decision", "AGREE", "basis", "符合要求"));
        cases.complete("commerce-clerk", atDisagreement, "commerceJointReview", Map.of("decision", "DISAGREE", "basis", "产业数据不符"));
        int v1 = latestVersion();
        v2DeploymentId = ParkApplicationV2.deploy(port);
        int v2 = latestVersion();

        login("admin", "admin");
        // Cockpit's header offers the administrator the assistant (模型更新).
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.ecopark-redeploy a")));
        assertThat(link.getText()).isEqualTo("模型更新");
        driver.get(link.getAttribute("href"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#process option[value='park-application']")));
        new Select(driver.findElement(By.id("process"))).selectByValue("park-application");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#from option[value='" + v2 + "']")));
        new Select(driver.findElement(By.id("from"))).selectByValue(String.valueOf(v1));
        new Select(driver.findElement(By.id("to"))).selectByValue(String.valueOf(v2));
        press(driver.findElement(By.id("compare")));

        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("added")),
                ExpectedConditions.visibilityOfElementLocated(By.id("error"))));
        assertThat(driver.findElement(By.id("error")).isDisplayed()).as(driver.findElement(By.id("error")).getText()).isFalse();
        WebElement added = driver.findElement(By.id("added"));
        assertThat(added.getText()).contains("公告命名结果").contains("announceNaming");
        assertThat(driver.findElement(By.id("removed")).getText()).contains("联审分歧处理");
        assertThat(driver.findElement(By.id("waitingTable")).getText()).contains("市级初审").contains("（新版本已删除）");
        Chromium.screenshot(driver, "redeploy-diff");

        press(driver.findElement(By.id("dryRun")));
        WebElement dryRun = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dryRunSummary")));
        assertThat(dryRun.getText()).contains("可迁移").contains("不能迁移");
        assertThat(driver.findElement(By.id("dryRunTable")).getText()).contains(atDisagreement).contains("留在旧版本");

        new Select(driver.findElement(By.id("mode"))).selectByValue("sync");
        press(driver.findElement(By.id("migrate")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reportSummary")));
        assertThat(summary.getText()).matches("已迁移 [1-9]\\d* 件，未迁移 [1-9]\\d* 件。");
        String report = driver.findElement(By.id("reportTable")).getText();
        assertThat(lineOf(report, atCity)).contains("已迁移");
        assertThat(lineOf(report, atDisagreement)).contains("未迁移").contains("联审分歧处理");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("changesTable"), "迁移"));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('reportSection').scrollIntoView();");
        Chromium.screenshot(driver, "redeploy-report");
    }

    private static String lineOf(String table, String caseNo) {
        return table.lines().filter(line -> line.contains(caseNo)).findFirst().orElse("");
    }

    private int latestVersion() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("park-application").latestVersion()
                .singleResult().getVersion();
    }

    private void login(String user, String password) {
        Chromium.login(driver, wait, url(""), "cockpit", user, password);
    }

    private void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
