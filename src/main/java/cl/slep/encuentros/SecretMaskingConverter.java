package cl.slep.encuentros;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Pattern;

/**
 * Masks Telegram bot tokens in every log line: a token that leaks into an exception message or a URL
 * written by a library must still never reach the log.
 */
public class SecretMaskingConverter extends MessageConverter {

    private static final Pattern BOT_TOKEN = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{6,}");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    public static String mask(String text) {
        return text == null ? null : BOT_TOKEN.matcher(text).replaceAll("<token>");
    }
}
