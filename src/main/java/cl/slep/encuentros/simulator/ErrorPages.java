package cl.slep.encuentros.simulator;

import cl.slep.encuentros.runmode.SimulatorModeCondition;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What a browser or an API client sees when a request fails, in every run mode (with {@link ServerErrors}, the
 * beans of this package that are not simulator-only): a short Spanish page or JSON instead of Spring Boot's English
 * "Whitelabel Error Page"; an emulator's call gets Telegram's envelope. It never shows the path, the exception or a
 * stack trace; those stay in the log.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPages implements ErrorController {

    private final boolean simulator;

    ErrorPages(Environment environment) {
        this.simulator = SimulatorModeCondition.isSimulatorMode(environment);
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<?> page(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (isBotApi(request)) {
            return telegram(status);
        }
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .body(html(status));
    }

    @RequestMapping
    ResponseEntity<Map<String, Object>> json(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (isBotApi(request)) {
            return telegram(status);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", explanation(status));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** An emulator's call that failed inside the application: a bot's client reads Telegram's envelope. */
    private boolean isBotApi(HttpServletRequest request) {
        return simulator && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path
                && path.startsWith("/bot");
    }

    private static ResponseEntity<Map<String, Object>> telegram(HttpStatus status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ApiAnswer.error(status.value(), status.getReasonPhrase()).body());
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Someone who opens /error itself asked for a page that does not exist.
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Página no encontrada";
            case FORBIDDEN, UNAUTHORIZED -> "Acceso no permitido";
            case BAD_REQUEST, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE ->
                    "Solicitud no válida";
            default -> status.is5xxServerError() ? "Algo falló" : "No se pudo atender la solicitud";
        };
    }

    static String explanation(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No encontramos esta página. Revisa la dirección.";
            case FORBIDDEN, UNAUTHORIZED -> "No tienes permiso para ver esta página.";
            case METHOD_NOT_ALLOWED -> "Esta dirección no acepta esa operación.";
            case PAYLOAD_TOO_LARGE -> "Lo que enviaste es demasiado grande.";
            case BAD_REQUEST, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> "La solicitud no es válida.";
            default -> status.is5xxServerError()
                    ? "Algo falló de nuestro lado. Intenta de nuevo en un momento."
                    : "No pudimos atender la solicitud.";
        };
    }

    private String html(HttpStatus status) {
        return page(status, status.value(), simulator);
    }

    /** The page for {@code status}, showing {@code code} (the same, unless the server's status has no name here). */
    static String page(HttpStatus status, int code, boolean simulator) {
        String link = simulator ? "<p><a href=\"/simulador\">Ir al simulador de Telegram</a></p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="es-CL">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s · Encuentros</title>
                <style>
                body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #dfe7d6;
                       font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2a33; }
                main { max-width: 420px; margin: 16px; padding: 24px 28px; background: #fff; border-radius: 14px;
                       box-shadow: 0 2px 12px rgba(0, 0, 0, 0.12); }
                h1 { font-size: 22px; margin: 0 0 8px; }
                .code { color: #7b8a97; font-size: 13px; }
                a { color: #3a8ed0; }
                </style>
                </head>
                <body>
                <main>
                <h1>%1$s</h1>
                <p>%2$s</p>
                %3$s
                <p class="code">Error %4$d</p>
                </main>
                </body>
                </html>
                """.formatted(title(status), explanation(status), link, code);
    }
}
