package cl.slep.encuentros.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach Telegram. {@code token} comes from {@code TELEGRAM_BOT_TOKEN} and {@code apiUrl} from
 * {@code TELEGRAM_API_URL}. In simulator mode ({@link cl.slep.encuentros.runmode.RunMode}) the bot talks to the
 * emulator built into this application with {@code simulatorToken} instead.
 */
@ConfigurationProperties("encuentros.telegram")
public record TelegramProperties(
        String token,
        @DefaultValue("https://api.telegram.org") String apiUrl,
        @DefaultValue("1000001:simulador-local") String simulatorToken) {
}
