package cl.slep.encuentros.simulator;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Bot API over HTTP, at the root like api.telegram.org, because TelegramBots' {@code TelegramUrl} has no
 * path prefix. Accepts JSON, form and multipart bodies and query parameters, as Telegram does, and answers every
 * failure (a wrong verb, a malformed token, a broken body) in Telegram's JSON envelope, never with a stack trace.
 */
@RestController
@SimulatorMode
class BotApiController {

    /** A safety net only: the emulator itself ends every long poll well before this. */
    private static final long MAX_WAIT_MILLIS = TimeUnit.MINUTES.toMillis(5);

    private final BotApiEmulator emulator;
    // Our own mapper: the answers must look like Telegram's whatever the application configures for its JSON.
    private final JsonMapper json = JsonMapper.builder().build();
    private final ApiRequestReader reader;

    BotApiController(BotApiEmulator emulator) {
        this.emulator = emulator;
        this.reader = emulator.requestReader(json);
    }

    // Every verb: Telegram's server answers the ones it does not speak itself (see refusal), not the framework.
    @RequestMapping(path = {"/bot{token}/{method}", "/bot{token}/test/{method}"})
    Object call(@PathVariable String token, @PathVariable String method, HttpServletRequest request) throws IOException {
        ApiAnswer refused = refusal(request, token);
        if (refused != null) {
            return respond(refused);
        }
        ApiRequestReader.Read read;
        try {
            read = reader.read(request);
        } catch (ApiError e) {
            return respond(e.answer());
        }
        CompletableFuture<ApiAnswer> answer = emulator.execute(token, method, read.request());
        // Uploads the call kept were moved into the file store; the rest are deleted.
        answer.whenComplete((a, failure) -> read.spooled().forEach(ApiRequestReader::deleteQuietly));
        if (answer.isDone()) {
            return respond(answer.join());
        }
        DeferredResult<ResponseEntity<byte[]>> result =
                new DeferredResult<>(MAX_WAIT_MILLIS, () -> respond(ApiAnswer.error(504, "Gateway Timeout")));
        answer.thenAccept(a -> result.setResult(respond(a)));
        return result;
    }

    /** Any other path under a bot: Telegram answers 404 in its envelope. */
    @RequestMapping(path = {"/bot{token}", "/bot{token}/**"})
    ResponseEntity<byte[]> unknownPath(@PathVariable String token, HttpServletRequest request) {
        ApiAnswer refused = refusal(request, token);
        return respond(refused != null ? refused : ApiAnswer.error(404, "Not Found"));
    }

    /** Telegram's server speaks GET and POST only (501 otherwise), then checks the token's shape and the bot. */
    private ApiAnswer refusal(HttpServletRequest request, String token) {
        String verb = request.getMethod();
        if (!verb.equals("GET") && !verb.equals("POST")) {
            return ApiAnswer.error(501, "Not Implemented");
        }
        return emulator.known(token);
    }

    private ResponseEntity<byte[]> respond(ApiAnswer answer) {
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsBytes(answer.body()));
    }
}
