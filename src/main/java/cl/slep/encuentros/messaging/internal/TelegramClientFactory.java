package cl.slep.encuentros.messaging.internal;

import cl.slep.encuentros.messaging.TelegramEndpoint;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Builds the TelegramBots client once the endpoint is known (in simulator mode, after the web server starts). */
@Component
public class TelegramClientFactory {

    private final TelegramEndpoint endpoint;
    private volatile TelegramClient client;
    private volatile OkHttpClient http;

    TelegramClientFactory(TelegramEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public TelegramClient client() {
        TelegramClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    OkHttpClient http = new OkHttpClient.Builder()
                            .connectTimeout(Duration.ofSeconds(10))
                            .readTimeout(Duration.ofSeconds(30))
                            .callTimeout(Duration.ofSeconds(60))
                            .build();
                    http.dispatcher().setMaxRequestsPerHost(64);
                    this.http = http;
                    client = new OkHttpTelegramClient(new ObjectMapper(), http, endpoint.token(), endpoint.url());
                }
                current = client;
            }
        }
        return current;
    }

    /** Ends the calls waiting on Telegram, so a stop need not wait for a slow answer; they fail and are retried. */
    void cancelInFlight() {
        OkHttpClient current = http;
        if (current != null) {
            current.dispatcher().cancelAll();
        }
    }
}
