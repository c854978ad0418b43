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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.util.concurrent.ThreadLocalRandom;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The web chat in a real (headless) Chromium (Debian's chromium and chromedriver, installed by .ci/run): a person
 * chats with the real bot in simulator mode, and the chat renders every Bot API call of a raw client exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"encuentros.telegram.token=", "encuentros.simulator.enabled=true"})
@DirtiesContext
class WebChatBrowserTests {

    @LocalServerPort
    int port;

    private WebDriver browser;

    // The web chat against the emulator alone (no bot): a raw client plays the bot, so every Bot API call the
    // chat must render (HTML, buttons, toasts, edits, deletions) is driven exactly.
    private static final String EMULATOR_TOKEN = "1000001:simulador-local";
    private final StandaloneEmulator server = StandaloneEmulator.shared();
    private final EmulatedBot bot = server.emulator().bot(EMULATOR_TOKEN);
    private final OkHttpTelegramClient client = new OkHttpTelegramClient(EMULATOR_TOKEN, server.telegramUrl());

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

        wait.until(d -> lastBotText(d).contains("Tu registro quedó listo"));
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

    @Test
    void aNewPersonaChatsWithTheBotTapsAButtonAndSeesEditsAndDeletions() throws Exception {
        bot.rateLimits(RateLimits.off());
        long personaId = ThreadLocalRandom.current().nextLong(7_500_000_000L, 7_599_999_999L);
        browser.get(server.baseUrl() + "/simulador");

        browser.findElement(By.id("toggle-new-persona")).click();
        browser.findElement(By.id("new-persona-name")).sendKeys("Marta Díaz (UTP)");
        browser.findElement(By.id("new-persona-id")).sendKeys(String.valueOf(personaId));
        browser.findElement(By.id("create-persona")).click();
        assertThat(new Select(browser.findElement(By.id("persona-select"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(String.valueOf(personaId));

        browser.findElement(By.id("message-input")).sendKeys("/start");
        browser.findElement(By.id("send-button")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> scriptTexts(".message.user .text").contains("/start"));
        assertThat(bot.chat(personaId)).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("/start"));

        int messageId = client.execute(SendMessage.builder().chatId(personaId)
                .text("Hola, <b>Marta</b>. &lt;script&gt;alert(1)&lt;/script&gt; ¿Vienes?")
                .parseMode("HTML")
                .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("Sí, voy").callbackData("rsvp:5:si").build())).build())
                .build()).getMessageId();
        await().atMost(Duration.ofSeconds(10)).until(() -> !scriptTexts(".message.bot .text").isEmpty());
        assertThat(scriptTexts(".message.bot .text")).containsExactly("Hola, Marta. <script>alert(1)</script> ¿Vienes?");
        assertThat(scriptTexts(".message.bot .text b")).containsExactly("Marta");
        assertThat(browser.findElements(By.cssSelector(".messages script"))).isEmpty();

        browser.findElement(By.cssSelector(".inline-keyboard button")).click();
        Update press = await().atMost(Duration.ofSeconds(10)).until(() -> callbackFrom(personaId), p -> p != null);
        assertThat(press.getCallbackQuery().getData()).isEqualTo("rsvp:5:si");
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(press.getCallbackQuery().getId())
                .text("¡Anotado!").build());
        await().atMost(Duration.ofSeconds(10)).until(() -> scriptTexts(".toast:not([hidden])").stream().anyMatch(t -> t.contains("¡Anotado!")));

        client.execute(EditMessageText.builder().chatId(personaId).messageId(messageId).text("Confirmaste ✅").build());
        await().atMost(Duration.ofSeconds(10)).until(() -> scriptTexts(".message.bot .text").equals(List.of("Confirmaste ✅")));
        assertThat(scriptTexts(".inline-keyboard button")).isEmpty();

        client.execute(DeleteMessage.builder().chatId(personaId).messageId(messageId).build());
        await().atMost(Duration.ofSeconds(10)).until(() -> scriptTexts(".message.bot").isEmpty());

        // Another persona has a chat of its own.
        new Select(browser.findElement(By.id("persona-select"))).selectByIndex(0);
        browser.findElement(By.id("message-input")).sendKeys("Soy Ana\n");
        await().atMost(Duration.ofSeconds(10)).until(() -> scriptTexts(".message.user .text").contains("Soy Ana"));
        assertThat(scriptTexts(".message .text")).doesNotContain("/start");
        assertThat(bot.chat(7_000_000_001L)).extracting(ChatMessage::text).contains("Soy Ana");
    }

    /** Read in one script call: the page replaces message nodes as they change, so held elements go stale. */
    @SuppressWarnings("unchecked")
    private List<String> scriptTexts(String selector) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll(arguments[0])].map(e => e.innerText)", selector);
    }

    private Update callbackFrom(long userId) throws Exception {
        return client.execute(GetUpdates.builder().timeout(0).build()).stream()
                .filter(Update::hasCallbackQuery)
                .filter(u -> u.getCallbackQuery().getFrom().getId() == userId)
                .findFirst().orElse(null);
    }
}
