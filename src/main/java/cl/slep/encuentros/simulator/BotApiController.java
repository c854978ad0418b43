package cl.slep.encuentros.simulator;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Bot API over HTTP, at the root like api.telegram.org, because TelegramBots' {@code TelegramUrl} has no
 * path prefix. Accepts JSON, form and multipart bodies and query parameters, as Telegram does.
 */
@RestController
@SimulatorMode
class BotApiController {

    /** A safety net only: the emulator itself ends every long poll well before this. */
    private static final long MAX_WAIT_MILLIS = TimeUnit.MINUTES.toMillis(5);

    private final BotApiEmulator emulator;
    // Our own mapper: the answers must look like Telegram's whatever the application configures for its JSON.
    private final JsonMapper json = JsonMapper.builder().build();

    BotApiController(BotApiEmulator emulator) {
        this.emulator = emulator;
    }

    @RequestMapping(path = {"/bot{token}/{method}", "/bot{token}/test/{method}"},
            method = {RequestMethod.GET, RequestMethod.POST})
    Object call(@PathVariable String token, @PathVariable String method, HttpServletRequest request)
            throws IOException, ServletException {
        if (!BotApiEmulator.isValidToken(token)) {
            return respond(ApiAnswer.error(401, "Unauthorized"));
        }
        ApiRequest apiRequest;
        try {
            apiRequest = read(request);
        } catch (ApiError e) {
            return respond(e.answer());
        }
        CompletableFuture<ApiAnswer> answer = emulator.execute(token, method, apiRequest);
        if (answer.isDone()) {
            return respond(answer.join());
        }
        DeferredResult<ResponseEntity<byte[]>> result =
                new DeferredResult<>(MAX_WAIT_MILLIS, () -> respond(ApiAnswer.error(504, "Gateway Timeout")));
        answer.thenAccept(a -> result.setResult(respond(a)));
        return result;
    }

    private ResponseEntity<byte[]> respond(ApiAnswer answer) {
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsBytes(answer.body()));
    }

    private ApiRequest read(HttpServletRequest request) throws IOException, ServletException {
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, UploadedFile> files = new HashMap<>();
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("multipart/")) {
            for (Part part : request.getParts()) {
                byte[] content = part.getInputStream().readAllBytes();
                if (part.getSubmittedFileName() != null) {
                    files.put(part.getName(), new UploadedFile(part.getName(), part.getSubmittedFileName(),
                            part.getContentType(), content));
                } else {
                    params.put(part.getName(), new String(content, StandardCharsets.UTF_8));
                }
            }
        }
        // Query parameters, and the fields of a form post.
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                params.putIfAbsent(name, values[0]);
            }
        });
        if (contentType.startsWith("application/json")) {
            byte[] body = request.getInputStream().readAllBytes();
            if (body.length > 0) {
                Object parsed;
                try {
                    parsed = json.readValue(body, Object.class);
                } catch (JacksonException e) {
                    throw ApiError.badRequest("can't parse JSON object");
                }
                if (!(parsed instanceof Map<?, ?> map)) {
                    throw ApiError.badRequest("can't parse JSON object");
                }
                map.forEach((key, value) -> params.put(String.valueOf(key), value));
            }
        }
        // Telegram's own convention: the file is the part named after the field ("document", "photo").
        files.keySet().forEach(name -> {
            if (name.equals("document") || name.equals("photo")) {
                params.putIfAbsent(name, "attach://" + name);
            }
        });
        params.values().removeIf(java.util.Objects::isNull);
        return new ApiRequest(params, files);
    }
}
