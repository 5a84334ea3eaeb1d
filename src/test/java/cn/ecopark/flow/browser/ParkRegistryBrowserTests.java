package cn.ecopark.flow.browser;

import cn.ecopark.flow.park.CreditCode;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.support.EcoparkSpringTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The park registry page (/staff/parks) in headless Chromium under the real Content-Security-Policy: ecology opens it
 * from Tasklist's header, registers a park named before go-live, sees the Chinese refusal of a duplicate and the park
 * in the list with its status history; an administrator sees and edits the index-system catalogue.
 */
@EcoparkSpringTest
class ParkRegistryBrowserTests extends BrowserTest {

    @Autowired
    ParkRepository parks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ecologyRegistersAParkNamedBeforeGoLiveAndSeesItInTheListWithItsStatus() {
        login("tasklist", "ecology-clerk");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.ecopark-parks a")));
        assertThat(link.getText()).isEqualTo("园区名录");
        String tasklist = driver.getWindowHandle();
        link.click();
        wait.until(d -> d.getWindowHandles().size() > 1);
        driver.getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst().ifPresent(h -> driver.switchTo().window(h));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        assertThat(driver.getTitle()).isEqualTo("园区名录");
        // Ecology is no administrator: the catalogue stays hidden.
        assertThat(driver.findElement(By.id("catalogue")).isDisplayed()).isFalse();

        String code = creditCode();
        String name = "淄博齐鲁化学工业区生态园" + code.substring(10, 14);
        fill("creditCode", code);
        fill("parkName", name);
        new Select(field("city")).selectByVisibleText("淄博市");
        new Select(field("parkType")).selectByVisibleText("行业类");
        fill("areaKm2", "45.5");
        new Select(field("parkLevel")).selectByVisibleText("省级");
        date("namedOn", LocalDate.of(2021, 6, 30));
        fill("leadingIndustries", "精细化工、新材料");

        // The 文号 is missing: the server's Chinese message, the field marked, nothing registered.
        press(driver.findElement(By.id("registerButton")));
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registerError")));
        assertThat(error.getText()).startsWith("未登记：").contains("命名文号");
        assertThat(driver.findElement(By.cssSelector("label[data-field='namingDocumentNo']")).getAttribute("class")).contains("invalid");
        assertThat(parks.findByCreditCode(code)).isEmpty();

        fill("namingDocumentNo", "鲁环函〔2021〕12号");
        press(driver.findElement(By.id("registerButton")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registerDone")));
        assertThat(driver.findElement(By.id("registerDone")).getText()).contains(name, code, "已命名");

        // The list now shows the park (searched by its code) with its status; its history has the date and 文号.
        By row = By.xpath("//table[@id='parks']/tbody/tr[td[normalize-space(.)='" + code + "']]");
        WebElement listed = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        assertThat(listed.getText()).contains(name, "淄博市", "行业类", "已命名", "2021-06-30");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        assertThat(driver.findElement(By.id("history")).getText()).contains("已命名", "2021-06-30", "鲁环函〔2021〕12号", "ecology-clerk");
        assertThat(driver.findElement(By.id("names")).getText()).contains(name);
        Park park = parks.findByCreditCode(code).orElseThrow();
        assertThat(park.getStatus()).isEqualTo(ParkStatus.NAMED);
        assertThat(park.getNamedOn()).isEqualTo(LocalDate.of(2021, 6, 30));

        // Search by part of the name finds it too.
        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        q.sendKeys(name.substring(2, 8));
        press(driver.findElement(By.id("searchButton")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(row));

        // Registering the same code again: 409 in Chinese, still one park.
        fill("creditCode", code);
        fill("parkName", name + "（重复）");
        new Select(field("city")).selectByVisibleText("淄博市");
        new Select(field("parkType")).selectByVisibleText("行业类");
        fill("areaKm2", "45.5");
        date("namedOn", LocalDate.of(2021, 6, 30));
        fill("namingDocumentNo", "鲁环函〔2021〕12号");
        press(driver.findElement(By.id("registerButton")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registerError"), "已登记为园区"));
        assertThat(driver.findElement(By.id("registerError")).getText()).contains("统一社会信用代码 " + code, name);

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1500));
        Chromium.screenshot(driver, "park-registry");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void anAdministratorSeesTheCatalogueWithItsUnconfirmedMarksAndSavesANewVersion() {
        try {
            login("cockpit", "admin");
            driver.get(url("/staff/parks"));
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalogue")));
            assertThat(driver.findElement(By.id("catalogueTitle")).getText()).contains("当前版本 v1");
            String items = driver.findElement(By.id("items")).getText();
            assertThat(items).contains("工业园区重点企业清洁生产审核实施率", "≥ 100 %", "必选", "单位工业增加值碳排放强度下降率", "待确认");
            assertThat(driver.findElement(By.id("groups")).getText()).contains("第8–9项（两项成组）（待确认）");

            // Relax item 5 to 90 % with a reason: saved as v2, shown in the history.
            WebElement threshold = driver.findElement(By.xpath(
                    "//table[@id='items']/tbody/tr[td[normalize-space(.)='cleanerProductionAudit']]//input[@type='number']"));
            threshold.clear();
            threshold.sendKeys("90");
            press(driver.findElement(By.id("saveCatalogue")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalogueError")));
            assertThat(driver.findElement(By.id("catalogueError")).getText()).contains("请填写修改理由");
            driver.findElement(By.id("reason")).sendKeys("按修订后的考核标准");
            press(driver.findElement(By.id("saveCatalogue")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalogueTitle"), "当前版本 v2"));
            assertThat(driver.findElement(By.id("versions")).getText()).contains("v2", "admin", "按修订后的考核标准");
            assertThat(driver.findElement(By.id("items")).getText()).contains("≥ 90 %");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2200));
            Chromium.screenshot(driver, "park-registry-catalogue");
            assertThat(cspViolations()).isEmpty();
        } finally {
            // One shared context: other tests expect the shipped v1.
            jdbc.sql("DELETE FROM index_catalogue_edit").update();
        }
    }

    /** A valid code (GB 32100-2015 check character) no other test uses. */
    private static String creditCode() {
        String first17 = "913703" + String.format("%011d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 99_999_999_999L))
                .replace('O', '0');
        return first17 + CreditCode.checkCharacter(first17);
    }

    private List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    private WebElement field(String name) {
        return driver.findElement(By.cssSelector("#register [name='" + name + "']"));
    }

    private void fill(String name, String value) {
        WebElement input = field(name);
        input.clear();
        input.sendKeys(value);
    }

    /** Date inputs take their value through script: typing follows the browser's locale. */
    private void date(String name, LocalDate value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field(name), value.toString());
    }


    private void login(String app, String user) {
        Chromium.login(driver, wait, url(""), app, user, user.equals("admin") ? "admin" : "demo");
    }

    private void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
