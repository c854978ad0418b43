package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.interactions.Actions;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The web chat in a real (headless) Chromium (Debian's chromium and chromedriver, installed by .ci/run): a person
 * chats with the real bot in simulator mode (registering on a phone-sized screen, an admin naming a coordinator by
 * forwarding their message), and the chat renders every Bot API call of a raw client exactly (scrolling, the
 * new-messages badge, wrapping buttons). Screenshots go to {@code target/screenshots/}. All cases share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"encuentros.telegram.token=", "encuentros.simulator.enabled=true"})
@DirtiesContext
class WebChatBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    private BotApiEmulator emulator;

    @Autowired
    private SimulatorProperties simulatorProperties;

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
    void aPersonRegistersByTappingButtonsInTheWebChatOnAPhoneSizedScreen() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get("http://127.0.0.1:" + port + "/simulador");
        assertThat(script("return window.innerWidth")).isEqualTo(390L);
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
        assertThat(overflowingInlineButtons()).isEmpty();
        assertThat(horizontalOverflow()).isZero();
        screenshot("webchat-390.png");

        browser.manage().window().setSize(new Dimension(1280, 900));
        await().atMost(Duration.ofSeconds(5)).until(() -> script("return window.innerWidth").equals(1280L));
        assertThat(horizontalOverflow()).isZero();
        screenshot("webchat-escritorio.png");
    }

    @Test
    void anAdminNamesACoordinatorByForwardingTheirMessageToTheBot() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/simulador");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        createPersona("Beatriz Reenvío", 990003);
        type(wait, "Hola, soy Beatriz");
        wait.until(d -> scriptTexts(".message.user .text").contains("Hola, soy Beatriz"));

        // Coordinadora SLEP is an admin of the simulator with no configuration at all.
        new Select(browser.findElement(By.id("persona-select"))).selectByValue("7000000002");
        type(wait, "/coordinadores");
        wait.until(d -> lastBotText(d).contains("Coordinación de redes"));
        tap(wait, "Agregar coordinador/a");
        wait.until(d -> lastBotText(d).contains("Reenvíame un mensaje de la persona"));

        new Select(browser.findElement(By.id("persona-select"))).selectByValue("990003");
        WebElement message = wait.until(d -> d.findElements(By.cssSelector(".message.user")).stream()
                .filter(m -> m.getText().contains("Hola, soy Beatriz")).findFirst().orElse(null));
        new Actions(browser).moveToElement(message).perform();
        message.findElement(By.cssSelector(".forward-button")).click();
        wait.until(d -> d.findElement(By.id("forward-menu")).isDisplayed());
        assertThat(browser.findElement(By.id("forward-title")).getText()).isEqualTo("Reenviar a…");
        screenshot("webchat-reenviar.png");
        browser.findElement(By.cssSelector("#forward-targets button[data-persona-id='7000000002']")).click();

        // The chat of the one who forwarded opens, and the bot knows whose message it was.
        wait.until(d -> "7000000002".equals(new Select(d.findElement(By.id("persona-select")))
                .getFirstSelectedOption().getAttribute("value")));
        wait.until(d -> lastBotText(d).contains("¿Qué redes coordinará"));
        assertThat(lastBotText(browser)).contains("Telegram 990003 (sin registro)");
        assertThat(scriptTexts(".message.user .forwarded")).containsExactly("Reenviado de Beatriz Reenvío");

        Map<String, Object> forwarded = forwardedMessageFrom(7_000_000_002L);
        assertThat(forwarded.get("text")).isEqualTo("Hola, soy Beatriz");
        assertThat(forwarded).doesNotContainKeys("forward_from", "forward_date", "reply_markup");
        Map<?, ?> origin = (Map<?, ?>) forwarded.get("forward_origin");
        assertThat(origin.get("type")).isEqualTo("user");
        ChatMessage original = webChatBot().chat(990003).get(0);
        assertThat(((Number) origin.get("date")).longValue()).isEqualTo(original.date().getEpochSecond());
        assertThat((Map<String, Object>) origin.get("sender_user")).containsExactly(Map.entry("id", 990003L),
                Map.entry("is_bot", false), Map.entry("first_name", "Beatriz"), Map.entry("last_name", "Reenvío"));
        assertThat(((Map<?, ?>) forwarded.get("from")).get("id")).isEqualTo(7_000_000_002L);
    }

    @Test
    void theStatusIsOnlineAtOnceAndTheChatFollowsThePersonOrBadgesNewBotMessages() throws Exception {
        bot.rateLimits(RateLimits.off());
        long personaId = ThreadLocalRandom.current().nextLong(7_600_000_000L, 7_699_999_999L);
        browser.get(server.baseUrl() + "/simulador");
        createPersona("Lucía Desplaza", personaId);
        // Opened afresh on an empty chat: the long poll has nothing to say for 25 s, but the server answered.
        browser.navigate().refresh();
        assertThat(new Select(browser.findElement(By.id("persona-select"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(String.valueOf(personaId));
        await().atMost(Duration.ofSeconds(5)).until(() -> browser.findElement(By.id("status")).getText().equals("bot · en línea"));

        browser.findElement(By.id("message-input")).sendKeys("/start\n");
        await().atMost(Duration.ofSeconds(10)).until(() -> scriptTexts(".message.user .text").contains("/start"));
        for (int i = 1; i <= 30; i++) {
            client.execute(SendMessage.builder().chatId(personaId).text("Mensaje " + i + "\ncon dos líneas").build());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> scriptTexts(".message.bot .text").size() == 30);
        assertThat(atBottom()).isTrue();
        assertThat(badgeShown()).isFalse();

        // Reading older messages: what the bot sends meanwhile is announced, not scrolled into view.
        script("document.getElementById('chat').scrollTop = 0");
        client.execute(SendMessage.builder().chatId(personaId).text("Nuevo 1").build());
        await().atMost(Duration.ofSeconds(10)).until(() -> scriptTexts(".message.bot .text").contains("Nuevo 1"));
        await().atMost(Duration.ofSeconds(5)).until(this::badgeShown);
        assertThat(browser.findElement(By.id("new-messages")).getText()).isEqualTo("↓ mensajes nuevos");
        assertThat(scrollTop()).isZero();
        browser.findElement(By.id("new-messages")).click();
        assertThat(atBottom()).isTrue();
        assertThat(badgeShown()).isFalse();

        // Scrolling down by hand hides it too.
        script("document.getElementById('chat').scrollTop = 0");
        client.execute(SendMessage.builder().chatId(personaId).text("Nuevo 2").build());
        await().atMost(Duration.ofSeconds(10)).until(this::badgeShown);
        script("const c = document.getElementById('chat'); c.scrollTop = c.scrollHeight");
        await().atMost(Duration.ofSeconds(5)).until(() -> !badgeShown());

        // Sending always goes to the bottom, and the reply is in view.
        script("document.getElementById('chat').scrollTop = 0");
        browser.findElement(By.id("message-input")).sendKeys("¿Sigues ahí?\n");
        await().atMost(Duration.ofSeconds(10)).until(() -> scriptTexts(".message.user .text").contains("¿Sigues ahí?"));
        await().atMost(Duration.ofSeconds(5)).until(this::atBottom);
        client.execute(SendMessage.builder().chatId(personaId).text("Sí, aquí estoy").build());
        await().atMost(Duration.ofSeconds(10)).until(() -> scriptTexts(".message.bot .text").contains("Sí, aquí estoy"));
        await().atMost(Duration.ofSeconds(5)).until(this::atBottom);
        assertThat(badgeShown()).isFalse();
    }

    @Test
    void onAPhoneLongButtonLabelsWrapThePersonaIdShowsAndTheMessageBoxHasNoScrollbar() throws Exception {
        bot.rateLimits(RateLimits.off());
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(server.baseUrl() + "/simulador");
        assertThat(script("return window.innerWidth")).isEqualTo(390L);
        // The preset with the longest name.
        new Select(browser.findElement(By.id("persona-select"))).selectByValue("7000000005");
        assertThat(browser.findElement(By.id("persona-id")).getText()).isEqualTo("id 7000000005");
        assertThat(fullyVisible("#persona-id")).isTrue();
        assertThat(fullyVisible("#persona-select")).isTrue();

        assertThat(messageBoxScrollbar()).isZero();
        browser.findElement(By.id("message-input")).sendKeys("Hola");
        assertThat(messageBoxScrollbar()).isZero();
        assertThat(script("const i = document.getElementById('message-input'); return i.scrollHeight <= i.clientHeight"))
                .isEqualTo(true);
        browser.findElement(By.id("message-input")).sendKeys(Keys.ENTER);

        client.execute(SendMessage.builder().chatId(7_000_000_005L).text("¿Cuál es tu cargo?")
                .replyMarkup(InlineKeyboardMarkup.builder()
                        .keyboardRow(new InlineKeyboardRow(
                                InlineKeyboardButton.builder().text("Encargado/a de convivencia escolar").callbackData("c:1").build(),
                                InlineKeyboardButton.builder().text("Jefe/a de UTP").callbackData("c:2").build()))
                        .keyboardRow(new InlineKeyboardRow(
                                InlineKeyboardButton.builder().text("Coordinador/a del Programa de Integración Escolar (PIE)").callbackData("c:3").build()))
                        .build())
                .build());
        await().atMost(Duration.ofSeconds(10)).until(() -> scriptTexts(".message.bot .text").contains("¿Cuál es tu cargo?"));
        assertThat(scriptTexts(".inline-keyboard button")).containsExactly("Encargado/a de convivencia escolar",
                "Jefe/a de UTP", "Coordinador/a del Programa de Integración Escolar (PIE)");
        assertThat(overflowingInlineButtons()).isEmpty();
        assertThat(horizontalOverflow()).isZero();
        screenshot("webchat-390-botones.png");

        browser.get(server.baseUrl() + "/no-existe");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel");
        assertThat(horizontalOverflow()).isZero();
        screenshot("error-404-390.png");
    }

    private void createPersona(String name, long id) {
        browser.findElement(By.id("toggle-new-persona")).click();
        browser.findElement(By.id("new-persona-name")).sendKeys(name);
        browser.findElement(By.id("new-persona-id")).sendKeys(String.valueOf(id));
        browser.findElement(By.id("create-persona")).click();
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private boolean atBottom() {
        return (Boolean) script("const c = document.getElementById('chat'); return c.scrollHeight - c.scrollTop - c.clientHeight < 2");
    }

    private long scrollTop() {
        return ((Number) script("return Math.round(document.getElementById('chat').scrollTop)")).longValue();
    }

    private boolean badgeShown() {
        return browser.findElement(By.id("new-messages")).isDisplayed();
    }

    /** Width of a vertical scrollbar in the message box: its box minus borders minus what shows text. */
    private long messageBoxScrollbar() {
        return ((Number) script("const i = document.getElementById('message-input'); const s = getComputedStyle(i);"
                + " return i.offsetWidth - i.clientWidth - parseFloat(s.borderLeftWidth) - parseFloat(s.borderRightWidth)"))
                .longValue();
    }

    /** Labels of inline buttons whose text does not fit (cut off or hidden). */
    @SuppressWarnings("unchecked")
    private List<String> overflowingInlineButtons() {
        return (List<String>) script("return [...document.querySelectorAll('.inline-keyboard button')]"
                + ".filter(b => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1).map(b => b.innerText)");
    }

    private long horizontalOverflow() {
        return ((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    private boolean fullyVisible(String selector) {
        return (Boolean) script("const e = document.querySelector('" + selector + "'); const r = e.getBoundingClientRect();"
                + " return r.left >= 0 && r.right <= window.innerWidth && e.scrollWidth <= e.clientWidth + 1");
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private EmulatedBot webChatBot() {
        return emulator.bot(simulatorProperties.botToken());
    }

    /** The last message with forward_origin that the bot received from the person, as Telegram delivered it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> forwardedMessageFrom(long userId) {
        EmulatedBot webChat = webChatBot();
        // Update ids start at a random number; the bot's getUpdates offsets say where they are now.
        long newest = webChat.calls("getUpdates").stream().map(call -> call.param("offset")).filter(o -> o != null)
                .mapToLong(Long::parseLong).max().orElseThrow();
        return LongStream.rangeClosed(newest - 500, newest).mapToObj(webChat::update).flatMap(Optional::stream)
                .map(update -> (Map<String, Object>) update.get("message"))
                .filter(message -> message != null && message.containsKey("forward_origin"))
                .filter(message -> ((Number) ((Map<?, ?>) message.get("from")).get("id")).longValue() == userId)
                .reduce((first, second) -> second)
                .orElseThrow();
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
