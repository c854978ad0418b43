package cl.slep.encuentros.simulator;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;

/**
 * Errors that Tomcat answers before the application sees the request (a request line or header too long, a
 * malformed request line) come in Telegram's JSON envelope for the emulator's paths, and for a request so broken
 * that its path is unknown: a bot's HTTP client must be able to read them as it reads Telegram's. Everything
 * else keeps Tomcat's own page, without the server's version or a stack trace, as Spring Boot configures it.
 */
final class TelegramErrorReportValve extends ErrorReportValve {

    TelegramErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String path = request.getRequestURI();
        if (path != null && !path.isEmpty() && !path.startsWith("/bot")) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String description = known == null ? "Error" : known.getReasonPhrase();
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"ok\":false,\"error_code\":" + status + ",\"description\":\"" + description + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: nothing more to tell it
        }
    }

    /** Puts the valve in place of the host's error report valve, after Spring Boot's own customization. */
    static final class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new TelegramErrorReportValve());
                // Otherwise the host adds Tomcat's default valve when it starts, and that one would answer first.
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(TelegramErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
