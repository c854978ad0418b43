package cl.slep.encuentros.simulator;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo where to open the web chat: one line, with the real port, and no token. */
@Component
@SimulatorMode
class SimulatorStartupLog implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(SimulatorStartupLog.class);
    private static final Set<String> LOCAL = Set.of("", "0.0.0.0", "::", "127.0.0.1", "::1", "localhost");

    private final Environment environment;
    private final AtomicBoolean logged = new AtomicBoolean();

    SimulatorStartupLog(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // A separate management server starts its own web server; only the main one serves the chat.
        if (event.getApplicationContext().getServerNamespace() != null || !logged.compareAndSet(false, true)) {
            return;
        }
        String address = environment.getProperty("server.address", "").trim();
        String host = LOCAL.contains(address) ? "localhost" : address.contains(":") ? "[" + address + "]" : address;
        log.info("Simulador de Telegram listo: abre http://{}:{}/simulador", host, event.getWebServer().getPort());
    }
}
