package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

/** The web chat in headless Chromium (Debian's chromium and chromedriver); installed by .ci/run. */
class WebChatBrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String TOKEN = "1000001:simulador-local";
    private static WebDriver browser;

    private final StandaloneEmulator server = StandaloneEmulator.shared();
    private final EmulatedBot bot = server.emulator().bot(TOKEN);
    private final OkHttpTelegramClient client = new OkHttpTelegramClient(TOKEN, server.telegramUrl());

    @BeforeAll
    static void startBrowser() {
        org.junit.jupiter.api.Assertions.assertTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=420,900");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
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
        await().atMost(Duration.ofSeconds(10)).until(() -> texts(".message.user .text").contains("/start"));
        assertThat(bot.chat(personaId)).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("/start"));

        int messageId = client.execute(SendMessage.builder().chatId(personaId)
                .text("Hola, <b>Marta</b>. &lt;script&gt;alert(1)&lt;/script&gt; ¿Vienes?")
                .parseMode("HTML")
                .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("Sí, voy").callbackData("rsvp:5:si").build())).build())
                .build()).getMessageId();
        await().atMost(Duration.ofSeconds(10)).until(() -> !texts(".message.bot .text").isEmpty());
        assertThat(texts(".message.bot .text")).containsExactly("Hola, Marta. <script>alert(1)</script> ¿Vienes?");
        assertThat(texts(".message.bot .text b")).containsExactly("Marta");
        assertThat(browser.findElements(By.cssSelector(".messages script"))).isEmpty();

        browser.findElement(By.cssSelector(".inline-keyboard button")).click();
        Update press = await().atMost(Duration.ofSeconds(10)).until(() -> callbackFrom(personaId), p -> p != null);
        assertThat(press.getCallbackQuery().getData()).isEqualTo("rsvp:5:si");
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(press.getCallbackQuery().getId())
                .text("¡Anotado!").build());
        await().atMost(Duration.ofSeconds(10)).until(() -> texts(".toast:not([hidden])").stream().anyMatch(t -> t.contains("¡Anotado!")));

        client.execute(EditMessageText.builder().chatId(personaId).messageId(messageId).text("Confirmaste ✅").build());
        await().atMost(Duration.ofSeconds(10)).until(() -> texts(".message.bot .text").equals(List.of("Confirmaste ✅")));
        assertThat(texts(".inline-keyboard button")).isEmpty();

        client.execute(DeleteMessage.builder().chatId(personaId).messageId(messageId).build());
        await().atMost(Duration.ofSeconds(10)).until(() -> texts(".message.bot").isEmpty());

        // Another persona has a chat of its own.
        new Select(browser.findElement(By.id("persona-select"))).selectByIndex(0);
        browser.findElement(By.id("message-input")).sendKeys("Soy Ana\n");
        await().atMost(Duration.ofSeconds(10)).until(() -> texts(".message.user .text").contains("Soy Ana"));
        assertThat(texts(".message .text")).doesNotContain("/start");
        assertThat(bot.chat(7_000_000_001L)).extracting(ChatMessage::text).contains("Soy Ana");
    }

    /** Read in one script call: the page replaces message nodes as they change, so held elements go stale. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String selector) {
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
