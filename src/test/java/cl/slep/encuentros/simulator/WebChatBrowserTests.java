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
import org.openqa.selenium.StaleElementReferenceException;
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
        // The chat re-renders messages as they change, so elements are looked up afresh on every poll.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);

        browser.findElement(By.id("toggle-new-persona")).click();
        wait.until(d -> d.findElement(By.id("new-persona-name")).isDisplayed());
        browser.findElement(By.id("new-persona-name")).sendKeys("Ana Navegador");
        browser.findElement(By.id("new-persona-id")).sendKeys("990001");
        browser.findElement(By.id("create-persona")).click();
        wait.until(d -> d.findElement(By.id("message-input")).isDisplayed());
        browser.findElement(By.id("message-input")).sendKeys("/start");
        browser.findElement(By.id("send-button")).click();

        wait.until(d -> botTexts(d).stream().anyMatch(text -> text.contains("¡Hola, Ana")));
        String buttonLabel = wait.until(d -> {
            List<WebElement> buttons = d.findElements(By.cssSelector(".message.bot .inline-keyboard button"));
            if (buttons.isEmpty()) {
                return null;
            }
            String label = buttons.get(0).getText();
            buttons.get(0).click();
            return label;
        });
        assertThat(buttonLabel).isEqualTo("¿Cómo funciona?");

        wait.until(d -> botTexts(d).stream().anyMatch(text -> text.contains("Así funciona")));
        List<String> texts = wait.until(d -> botTexts(d));
        assertThat(texts).hasSize(2);
        assertThat(texts.get(0)).contains("Así funciona").doesNotContain("¡Hola, Ana");
        assertThat(texts.get(1)).contains("Aviso de privacidad");
    }

    @Test
    void aPersonRegistersByTappingButtonsInTheWebChat() {
        browser.get("http://127.0.0.1:" + port + "/simulador");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        browser.findElement(By.id("toggle-new-persona")).click();
        wait.until(d -> d.findElement(By.id("new-persona-name")).isDisplayed());
        browser.findElement(By.id("new-persona-name")).sendKeys("Bruno Registro");
        browser.findElement(By.id("new-persona-id")).sendKeys("990002");
        browser.findElement(By.id("create-persona")).click();

        type(wait, "/start");
        tap(wait, "Acepto");
        wait.until(d -> lastBotText(d).contains("nombre completo"));
        type(wait, "Bruno Díaz Ñanculef");
        wait.until(d -> lastBotText(d).contains("establecimiento"));
        type(wait, "simon bolivar");
        tap(wait, "Colegio Simón Bolívar");
        wait.until(d -> lastBotText(d).contains("cargo"));
        tap(wait, "Director/a");
        wait.until(d -> lastBotText(d).contains("redes"));
        tap(wait, "Listo");
        wait.until(d -> lastBotText(d).contains("Revisa tus datos"));
        assertThat(lastBotText(browser)).contains("Bruno Díaz Ñanculef").contains("Red de Directores");
        tap(wait, "Confirmar");

        wait.until(d -> lastBotText(d).contains("Quedaste registrado"));
        assertThat(lastBotText(browser)).contains("/perfil");
    }

    private void type(WebDriverWait wait, String text) {
        wait.until(d -> d.findElement(By.id("message-input")).isDisplayed());
        browser.findElement(By.id("message-input")).sendKeys(text);
        browser.findElement(By.id("send-button")).click();
    }

    /** Taps the newest inline button whose label contains the text. */
    private void tap(WebDriverWait wait, String label) {
        wait.until(d -> {
            List<WebElement> buttons = d.findElements(By.cssSelector(".message.bot .inline-keyboard button"));
            for (int i = buttons.size() - 1; i >= 0; i--) {
                if (buttons.get(i).getText().contains(label)) {
                    buttons.get(i).click();
                    return true;
                }
            }
            return false;
        });
    }

    private static String lastBotText(WebDriver driver) {
        List<String> texts = botTexts(driver);
        return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
    }

    private static List<String> botTexts(WebDriver driver) {
        return driver.findElements(By.cssSelector(".message.bot .text")).stream().map(WebElement::getText).toList();
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
