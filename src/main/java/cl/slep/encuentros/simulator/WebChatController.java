package cl.slep.encuentros.simulator;

import cl.slep.encuentros.simulator.ChatState.Snapshot;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The JSON the web chat page uses: act as a person (write, tap a button, send a sticker), and wait for what
 * changes in that person's chat with the bot. It always acts on the simulator's own bot token, so the page
 * never sees a token.
 */
@RestController
@SimulatorMode
@RequestMapping("/simulador/api")
class WebChatController {

    /** Under the usual 30 s proxy and servlet timeouts, so a waiting page is answered, not cut off. */
    private static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(25);
    private static final long MAX_USER_ID = 9_999_999_999_999L;
    private static final ZoneId CHILE = ZoneId.of("America/Santiago");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Set<String> SHOWN_INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "image/bmp", "application/pdf", "text/plain", "text/csv", "text/calendar");

    /** What the page sends for every action: who acts, and what they do. */
    record UserAction(String firstName, String lastName, String username, String text, Integer messageId, String data,
                      Long fromChatId) {
    }

    private final BotApiEmulator emulator;
    private final SimulatorProperties properties;

    WebChatController(BotApiEmulator emulator, SimulatorProperties properties) {
        this.emulator = emulator;
        this.properties = properties;
    }

    @GetMapping("/info")
    Map<String, Object> info() {
        EmulatedBot bot = bot();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("botName", EmulatedBot.FIRST_NAME);
        info.put("botUsername", bot.username());
        info.put("botId", bot.id());
        info.put("commands", commands(bot));
        return info;
    }

    @PostMapping("/chats/{userId}/messages")
    Map<String, Object> send(@PathVariable long userId, @RequestBody UserAction action) {
        String text = action.text();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("El mensaje está vacío.");
        }
        if (text.length() > 4096) {
            throw new IllegalArgumentException("El mensaje supera los 4.096 caracteres.");
        }
        return Map.of("updateId", bot().userSends(user(userId, action), text));
    }

    @PostMapping("/chats/{userId}/stickers")
    Map<String, Object> sticker(@PathVariable long userId, @RequestBody UserAction action) {
        return Map.of("updateId", bot().userSendsSticker(user(userId, action)));
    }

    @PostMapping("/chats/{userId}/presses")
    Map<String, Object> press(@PathVariable long userId, @RequestBody UserAction action) {
        if (action.messageId() == null || action.data() == null) {
            throw new IllegalArgumentException("Falta el mensaje o el botón.");
        }
        return Map.of("updateId", bot().userPresses(user(userId, action), action.messageId(), action.data()));
    }

    /** The person forwards a message of their chat, or of another persona's chat, to the bot. */
    @PostMapping("/chats/{userId}/forwards")
    Map<String, Object> forward(@PathVariable long userId, @RequestBody UserAction action) {
        if (action.messageId() == null || action.fromChatId() == null) {
            throw new IllegalArgumentException("Falta el mensaje que quieres reenviar.");
        }
        checkUserId(action.fromChatId());
        SimulatedUser user = user(userId, action);
        try {
            return Map.of("updateId", bot().userForwardsMessage(user, action.fromChatId(), action.messageId()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Ese mensaje ya no existe.", e);
        }
    }

    /**
     * What changed in the person's chat after {@code after}: at once if something did, else when something
     * does, else after about 25 s with nothing. No thread waits meanwhile.
     */
    @GetMapping("/chats/{userId}/changes")
    DeferredResult<Map<String, Object>> changes(@PathVariable long userId,
                                                @RequestParam(defaultValue = "0") long after,
                                                @RequestParam(defaultValue = "0") long epoch) {
        checkUserId(userId);
        EmulatedBot bot = bot();
        ChatState chat = bot.watch(userId);
        long since = chat.epoch == epoch ? after : 0;
        DeferredResult<Map<String, Object>> result = new DeferredResult<>(WAIT_MILLIS);
        Runnable listener = () -> result.setResult(changes(bot, userId, epoch, after));
        result.onTimeout(() -> {
            chat.stopWaiting(listener);
            result.setResult(changes(bot, userId, epoch, after));
        });
        result.onError(error -> chat.stopWaiting(listener));
        if (!chat.awaitChange(since, listener)) {
            result.setResult(changes(bot, userId, epoch, after));
        }
        return result;
    }

    @GetMapping("/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String fileId) {
        StoredFile file = emulator.file(fileId).filter(StoredFile::hasBytes).orElse(null);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.mimeType());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        boolean inline = SHOWN_INLINE.contains(type.getType() + "/" + type.getSubtype());
        String name = file.fileName() != null ? file.fileName() : "foto." + type.getSubtype();
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, StandardCharsets.UTF_8).build();
        // Whatever the bot sent is served from our own origin: it must never run as a page of it.
        return ResponseEntity.ok()
                .contentType(inline ? type : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
                .body(file.bytes());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> refused(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }

    private Map<String, Object> changes(EmulatedBot bot, long userId, long epoch, long after) {
        ChatState chat = bot.watch(userId);
        boolean sameChat = chat.epoch == epoch;
        Snapshot snapshot = chat.snapshot(sameChat ? after : 0, bot.id());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("epoch", chat.epoch);
        json.put("version", snapshot.version());
        json.put("full", !sameChat || after == 0);
        json.put("messages", snapshot.messages().stream().map(m -> message(m.message())).toList());
        json.put("notices", snapshot.notices().stream()
                .map(n -> Map.of("text", n.text(), "showAlert", n.showAlert())).toList());
        json.put("replyKeyboard", snapshot.replyKeyboard());
        json.put("commands", commands(bot));
        return json;
    }

    private Map<String, Object> message(ChatMessage m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.messageId());
        json.put("fromBot", m.fromBot());
        json.put("kind", m.kind());
        json.put("text", m.text());
        json.put("entities", m.entities());
        json.put("keyboard", m.keyboard());
        json.put("edited", m.edited());
        json.put("deleted", m.deleted());
        json.put("time", TIME.format(m.date().atZone(CHILE)));
        json.put("caption", m.caption());
        // Files a simulated user "sent" have no content; the page shows a placeholder instead of a broken link.
        boolean hasContent = m.fileId() != null && emulator.file(m.fileId()).filter(StoredFile::hasBytes).isPresent();
        json.put("fileUrl", hasContent ? "/simulador/api/files/" + m.fileId() : null);
        json.put("fileName", m.fileName());
        json.put("mimeType", m.mimeType());
        json.put("fileSize", m.fileSize());
        json.put("place", m.place());
        json.put("forwardedFrom", m.forwardedFrom());
        return json;
    }

    private static List<Map<String, String>> commands(EmulatedBot bot) {
        return bot.commandMenu().entrySet().stream()
                .map(e -> Map.of("command", e.getKey(), "description", e.getValue()))
                .toList();
    }

    private EmulatedBot bot() {
        return emulator.bot(properties.botToken());
    }

    private static SimulatedUser user(long userId, UserAction action) {
        checkUserId(userId);
        String firstName = action.firstName() == null ? "" : action.firstName().strip();
        if (firstName.isEmpty() || firstName.length() > 64) {
            throw new IllegalArgumentException("El nombre debe tener entre 1 y 64 caracteres.");
        }
        return new SimulatedUser(userId, firstName, blankToNull(action.lastName()), blankToNull(action.username()));
    }

    private static void checkUserId(long userId) {
        if (userId <= 0 || userId > MAX_USER_ID) {
            throw new IllegalArgumentException("El id de Telegram debe ser un número positivo de hasta 13 dígitos.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
