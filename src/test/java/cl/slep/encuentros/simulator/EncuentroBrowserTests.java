package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Encuentros in the web chat, in a real (headless) Chromium, as a newcomer tries them: the simulator starts with its
 * demo data; the demo coordinator ("Coordinadora SLEP", an admin with no configuration) sees yesterday's demo
 * attendance and publishes an encuentro by chat; a director who registered in the chat gets the invitation and
 * answers it. Screenshots go to {@code target/screenshots/encuentro-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"encuentros.telegram.token=", "encuentros.simulator.enabled=true", "encuentros.demo.enabled=true"})
@DirtiesContext
class EncuentroBrowserTests {

    private static final String COORDINADORA_SLEP = "7000000002";
    private static final long DIRECTOR = 990_101L;
    private static final String TITLE = "Taller de lectura: prueba del navegador";

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(executable("chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("chromedriver")))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        // The chat re-renders messages as they change, so elements are looked up afresh on every poll.
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDemoCoordinatorPublishesAnEncuentroAndADirectorAnswersTheInvitation() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/simulador");

        // A director registers first: Telegram lets a bot write only to those who wrote to it.
        createPersona("Rosa Directora", DIRECTOR);
        type("/start");
        tap("Acepto");
        waitForLastBotText("nombre completo");
        type("Rosa Aravena Tapia");
        waitForLastBotText("establecimiento");
        type("chipana");
        tap("Escuela Chipana");
        waitForLastBotText("cargo");
        tap("Director/a");
        waitForLastBotText("redes");
        tap("Listo");
        waitForLastBotText("Revisa tus datos");
        assertThat(lastBotText()).contains("Red de Directores");
        tap("Confirmar");
        wait.until(d -> botTexts().stream().anyMatch(text -> text.contains("Tu registro quedó listo")));

        // The demo coordinator sees the demo's encuentro of yesterday, with its attendance.
        selectPersona(COORDINADORA_SLEP);
        type("/asistencia");
        waitForLastBotText("¿De qué encuentro quieres ver la asistencia?");
        tap("convivencia escolar");
        waitForLastBotText("Presentes: 4");
        assertThat(lastBotText()).contains("Red de Directores: convivencia escolar y asistencia",
                "✅ Asistiré: 3 · 🤔 Tal vez: 1 · ❌ No podré: 1 · Sin respuesta: 1");

        // ... and publishes an encuentro by chat.
        type("/nuevo_encuentro");
        waitForLastBotText("¿Cómo se llama el encuentro?");
        type(TITLE);
        waitForLastBotText("¿A qué redes invitas?");
        tap("Red de Directores");
        wait.until(d -> buttonLabels().contains("✅ Red de Directores"));
        tap("Listo");
        waitForLastBotText("¿Qué día y a qué hora empieza?");
        type("mañana 15:30");
        waitForLastBotText("¿A qué hora termina?");
        type("2 h");
        waitForLastBotText("¿Dónde será?");
        type("Escuela Chipana, sala de profesores");
        waitForLastBotText("dirección");
        type("Av. Progreso 2200, Iquique");
        waitForLastBotText("coordenadas");
        tap("Omitir");
        waitForLastBotText("cupo máximo");
        tap("Sin cupo");
        waitForLastBotText("descripción o el programa");
        tap("Omitir");
        waitForLastBotText("Así verán la invitación");
        assertThat(lastBotText()).contains(TITLE, "15:30 a 17:30", "Escuela Chipana, sala de profesores");
        tap("Publicar");
        waitForLastBotText("Encuentro publicado");
        // The six demo directors and the one who registered.
        assertThat(lastBotText()).contains(TITLE).contains("Invité a 7 personas");
        assertThat(horizontalOverflow()).isZero();
        screenshot("encuentro-publicado-escritorio.png");

        // The director gets the invitation and answers it; the invitation itself changes to show the answer.
        selectPersona(String.valueOf(DIRECTOR));
        wait.until(d -> invitationButtons(TITLE).contains("✅ Asistiré"));
        assertThat(invitationButtons(TITLE)).contains("❌ No podré", "🤔 Tal vez");
        tapIn(TITLE, "Asistiré");
        wait.until(d -> botTexts().stream().anyMatch(text -> text.contains(TITLE)
                && text.contains("Tu respuesta: ✅ Asistiré")));
        assertThat(botTexts().stream().filter(text -> text.contains(TITLE))).as("edited in place, not sent anew")
                .hasSize(1);
        wait.until(d -> invitationButtons(TITLE).stream().anyMatch(label -> label.contains("Cambiar respuesta")));
        assertThat(botTexts()).as("the demo's encuentro of next week invited her too, when she registered")
                .anyMatch(text -> text.contains("Red de Directores: liderazgo pedagógico"));
        screenshot("encuentro-respuesta-escritorio.png");

        browser.manage().window().setSize(new Dimension(390, 844));
        await().atMost(Duration.ofSeconds(5)).until(() -> script("return window.innerWidth").equals(390L));
        script("const c = document.getElementById('chat'); c.scrollTop = c.scrollHeight");
        assertThat(horizontalOverflow()).isZero();
        screenshot("encuentro-respuesta-390.png");
    }

    private void createPersona(String name, long id) {
        browser.findElement(By.id("toggle-new-persona")).click();
        wait.until(d -> d.findElement(By.id("new-persona-name")).isDisplayed());
        browser.findElement(By.id("new-persona-name")).sendKeys(name);
        browser.findElement(By.id("new-persona-id")).sendKeys(String.valueOf(id));
        browser.findElement(By.id("create-persona")).click();
        wait.until(d -> String.valueOf(id).equals(selectedPersona()));
    }

    private void selectPersona(String id) {
        new Select(browser.findElement(By.id("persona-select"))).selectByValue(id);
        wait.until(d -> id.equals(selectedPersona()));
    }

    private String selectedPersona() {
        return new Select(browser.findElement(By.id("persona-select"))).getFirstSelectedOption().getAttribute("value");
    }

    private void type(String text) {
        wait.until(d -> d.findElement(By.id("message-input")).isDisplayed());
        browser.findElement(By.id("message-input")).sendKeys(text);
        browser.findElement(By.id("send-button")).click();
    }

    /** Taps the newest inline button whose label contains the text. */
    private void tap(String label) {
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

    /** Taps a button of the newest bot message that holds the text. */
    private void tapIn(String messageText, String label) {
        wait.until(d -> {
            List<WebElement> messages = d.findElements(By.cssSelector(".message.bot"));
            for (int i = messages.size() - 1; i >= 0; i--) {
                if (messages.get(i).getText().contains(messageText)) {
                    for (WebElement button : messages.get(i).findElements(By.cssSelector(".inline-keyboard button"))) {
                        if (button.getText().contains(label)) {
                            button.click();
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }

    /** The buttons of the bot messages that hold the text, read in one script call. */
    @SuppressWarnings("unchecked")
    private List<String> invitationButtons(String messageText) {
        return (List<String>) script("return [...document.querySelectorAll('.message.bot')]"
                + ".filter(m => m.innerText.includes(arguments[0]))"
                + ".flatMap(m => [...m.querySelectorAll('.inline-keyboard button')].map(b => b.innerText))", messageText);
    }

    @SuppressWarnings("unchecked")
    private List<String> buttonLabels() {
        return (List<String>) script("return [...document.querySelectorAll('.message.bot .inline-keyboard button')]"
                + ".map(b => b.innerText)");
    }

    private void waitForLastBotText(String text) {
        wait.until(d -> lastBotText().contains(text));
    }

    private String lastBotText() {
        List<String> texts = botTexts();
        return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private List<String> botTexts() {
        return (List<String>) script("return [...document.querySelectorAll('.message.bot .text')].map(e => e.innerText)");
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private long horizontalOverflow() {
        return ((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
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
