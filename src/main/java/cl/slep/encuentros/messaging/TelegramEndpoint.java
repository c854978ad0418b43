package cl.slep.encuentros.messaging;

import cl.slep.encuentros.runmode.RunMode;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Bot API this bot talks to: the real Telegram, a self-hosted Bot API server, or (without a token)
 * the emulator served by this same application.
 */
@Component
public class TelegramEndpoint {

    private static final Logger log = LoggerFactory.getLogger(TelegramEndpoint.class);

    private final TelegramProperties properties;
    private final boolean simulatorMode;
    private final AtomicInteger localPort = new AtomicInteger(-1);

    TelegramEndpoint(TelegramProperties properties, RunMode runMode) {
        this.properties = properties;
        this.simulatorMode = runMode.simulator();
        if (!simulatorMode && (properties.token() == null || properties.token().isBlank())) {
            throw new IllegalStateException("TELEGRAM_BOT_TOKEN is required when the simulator is disabled");
        }
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        localPort.set(event.getWebServer().getPort());
    }

    public boolean simulatorMode() {
        return simulatorMode;
    }

    /** The bot token. Never log it. */
    public String token() {
        return simulatorMode() ? properties.simulatorToken() : properties.token().trim();
    }

    /** Bot id, the digits before the colon: safe to log. */
    public String botId() {
        String token = token();
        int colon = token.indexOf(':');
        return colon > 0 ? token.substring(0, colon) : "?";
    }

    /** False until the local server has a port, in simulator mode. */
    public boolean ready() {
        return !simulatorMode() || localPort.get() > 0;
    }

    public TelegramUrl url() {
        if (simulatorMode()) {
            int port = localPort.get();
            if (port <= 0) {
                throw new IllegalStateException("The web server has not started yet");
            }
            return new TelegramUrl("http", "127.0.0.1", port, false);
        }
        return parse(properties.apiUrl());
    }

    static TelegramUrl parse(String apiUrl) {
        URI uri = URI.create(apiUrl.trim());
        String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("TELEGRAM_API_URL needs a host, e.g. https://api.telegram.org");
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            log.warn("TELEGRAM_API_URL has a path ({}); the Bot API is always called at the root", uri.getPath());
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }


}
