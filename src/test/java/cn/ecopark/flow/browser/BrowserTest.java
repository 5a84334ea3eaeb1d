package cn.ecopark.flow.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

/**
 * What every browser test needs: Debian's Chromium (or a clear failure in CI when it is missing), a fresh browser for
 * each test, closed after it, and the application on its random port.
 */
abstract class BrowserTest {

    @LocalServerPort
    int port;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeAll
    static void chromium() {
        Chromium.requireInstalled();
    }

    @BeforeEach
    void openBrowser() {
        driver = Chromium.start();
        wait = new WebDriverWait(driver, waitLimit());
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** How long a step may take to show: generous, the CI machine has two cores. */
    Duration waitLimit() {
        return Duration.ofSeconds(60);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
