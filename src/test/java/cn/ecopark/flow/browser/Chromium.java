package cn.ecopark.flow.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, with nothing downloaded: the driver's path
 * is given, so Selenium Manager never runs. Chinese browser (language list, Accept-Language) on Beijing time.
 * Where Chromium is missing the browser tests fail in CI (.ci/run installs it) and are skipped on a laptop.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    static void requireInstalled() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        String message = "Headless Chromium needs " + BROWSER + " and " + DRIVER
                + " (apt-get install chromium chromium-driver; .ci/run installs them)";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
    }

    static WebDriver start() {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("ecopark-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Asia/Shanghai", "LANGUAGE", "zh_CN", "SE_OFFLINE", "true"))
                .build();
        return new ChromeDriver(service, options);
    }

    /** Logs in on Tasklist's own login page with a demo user's password. */
    static void loginToTasklist(WebDriver driver, WebDriverWait wait, String baseUrl, String user) {
        login(driver, wait, baseUrl, "tasklist", user, "demo");
    }

    /**
     * Logs in on a webapp's own login page (tasklist, cockpit, admin), as a person would; retries typing until Angular
     * took the values.
     */
    static void login(WebDriver driver, WebDriverWait wait, String baseUrl, String app, String user, String password) {
        driver.get(baseUrl + "/camunda/app/" + app + "/default/");
        for (int attempt = 0; attempt < 5; attempt++) {
            WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model='username']")));
            WebElement secret = driver.findElement(By.cssSelector("input[ng-model='password']"));
            name.clear();
            name.sendKeys(user);
            secret.clear();
            secret.sendKeys(password);
            if (user.equals(name.getAttribute("value")) && password.equals(secret.getAttribute("value"))) {
                driver.findElement(By.cssSelector("button[type='submit']")).click();
                break;
            }
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-header]")));
    }

    static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
