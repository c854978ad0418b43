package cl.slep.encuentros.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the demo where to open the web chat, once everything has started: a short block that
 * stands out from the log, with the real port and no token.
 */
@Component
@SimulatorMode
class SimulatorStartupLog implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(SimulatorStartupLog.class);
    private static final Set<String> LOOPBACK_OR_ANY = Set.of("", "0.0.0.0", "::", "127.0.0.1", "localhost");
    private static final String RULE = "=".repeat(64);

    private final Environment environment;

    SimulatorStartupLog(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String url = "http://" + host() + ":" + web.getWebServer().getPort() + "/simulador";
        log.info("\n{}\n  Simulador de Telegram listo{}.\n  Abre {} en el navegador.\n  Ctrl+C lo detiene.\n{}",
                RULE, took(event.getTimeTaken()), url, RULE);
    }

    /** The address a browser on this machine uses: loopback when the server listens there or everywhere. */
    private String host() {
        String address = environment.getProperty("server.address", "").trim();
        if (LOOPBACK_OR_ANY.contains(address)) {
            return "127.0.0.1";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }

    private static String took(Duration timeTaken) {
        return timeTaken == null ? "" : String.format(Locale.ROOT, " en %.1f s", timeTaken.toMillis() / 1000.0)
                .replace('.', ',');
    }
}
