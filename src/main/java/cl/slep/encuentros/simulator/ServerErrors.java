package cl.slep.encuentros.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.springframework.boot.jetty.ConfigurableJettyWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that Jetty answers itself, before the application sees the request: a malformed request line, a request
 * line or headers too long, a path that is not valid UTF-8. On the emulator's paths, and for a request so broken
 * that its path is unknown, they come in Telegram's JSON envelope, so that a bot's HTTP client reads them as it
 * reads Telegram's; elsewhere as {@link ErrorPages}' Spanish page. Jetty's own page would show the request's URI
 * and the parser's message. Errors raised inside the application reach {@link ErrorPages} as the container's
 * error page instead.
 */
final class ServerErrors extends ErrorHandler {

    /** The path Jetty gives a request whose request line it could not read (too long, malformed). */
    private static final String UNPARSED = "/badMessage";

    private final boolean simulator;

    ServerErrors(boolean simulator) {
        this.simulator = simulator;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int code = response.getStatus();
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException cause) {
            code = cause.getCode();
            response.setStatus(code);
        }
        response.getHeaders().put(ERROR_CACHE_CONTROL);
        if (code < 200 || code == 204 || code == 304 || HttpMethod.HEAD.is(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        HttpStatus status = HttpStatus.resolve(code);
        String contentType;
        String body;
        if (simulator && isBotApi(request)) {
            contentType = "application/json";
            body = JsonMapper.shared().writeValueAsString(
                    ApiAnswer.error(code, status == null ? "Error" : status.getReasonPhrase()).body());
        } else {
            contentType = "text/html;charset=utf-8";
            body = ErrorPages.page(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, code, simulator);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static boolean isBotApi(Request request) {
        HttpURI uri = request.getHttpURI();
        String path = uri == null ? null : uri.getPath();
        return path == null || path.isEmpty() || path.equals(UNPARSED) || path.startsWith("/bot");
    }

    /** Makes it the server's error handler, the one Jetty calls for what it refuses before any context. */
    static final class Installer implements WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory> {

        private final boolean simulator;

        Installer(boolean simulator) {
            this.simulator = simulator;
        }

        @Override
        public void customize(ConfigurableJettyWebServerFactory factory) {
            factory.addServerCustomizers(server -> server.setErrorHandler(new ServerErrors(simulator)));
        }
    }
}
