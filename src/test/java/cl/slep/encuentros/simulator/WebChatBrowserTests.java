package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** A person in a real (headless) Chromium chats with the real bot through the simulator's web chat. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"encuentros.telegram.token=", "encuentros.simulator.enabled=true"})
@DirtiesContext
class WebChatBrowserTests {

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(executable("chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1000,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("chromedriver")))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPersonSendsStartTapsTheButtonAndSeesTheMessageEdited() {
        browser.get("http://127.0.0.1:" + port + "/simulador");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.findElement(By.id("toggle-new-persona")).click();
        wait.until(d -> d.findElement(By.id("new-persona-name")).isDisplayed());
        browser.findElement(By.id("new-persona-name")).sendKeys("Ana Navegador");
        browser.findElement(By.id("new-persona-id")).sendKeys("990001");
        browser.findElement(By.id("create-persona")).click();
        WebElement input = wait.until(d -> d.findElement(By.id("message-input")));
        input.sendKeys("/start");
        browser.findElement(By.id("send-button")).click();

        WebElement welcome = wait.until(d -> {
            List<WebElement> bot = d.findElements(By.cssSelector(".message.bot"));
            return bot.isEmpty() ? null : bot.get(0);
        });
        wait.until(d -> welcome.findElement(By.cssSelector(".text")).getText().contains("¡Hola, Ana"));
        WebElement button = welcome.findElement(By.cssSelector(".inline-keyboard button"));
        assertThat(button.getText()).isEqualTo("¿Cómo funciona?");

        button.click();

        wait.until(d -> d.findElements(By.cssSelector(".message.bot .text")).stream()
                .anyMatch(text -> text.getText().contains("Así funciona")));
        List<WebElement> botMessages = browser.findElements(By.cssSelector(".message.bot"));
        assertThat(botMessages).hasSize(1);
        assertThat(botMessages.get(0).findElements(By.cssSelector(".inline-keyboard button"))).isEmpty();
    }

    private static String executable(String name) {
        for (String dir : List.of("/usr/bin", "/usr/local/bin", "/usr/lib/chromium")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException(name + " is not installed: run .ci/run or apt-get install chromium chromium-driver");
    }
}
