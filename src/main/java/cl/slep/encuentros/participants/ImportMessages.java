package cl.slep.encuentros.participants;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;

/**
 * The Spanish texts of the problems an establishments import reports, from
 * {@code catalogue/import-messages.properties}. Arguments are passed as text, so an RBD never gets a thousands
 * separator.
 */
final class ImportMessages {

    static final String RESOURCE = "catalogue/import-messages.properties";
    private static final Locale CHILE = Locale.forLanguageTag("es-CL");
    private static final Properties MESSAGES = load();

    private ImportMessages() {
    }

    static String get(String key, Object... args) {
        String pattern = MESSAGES.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException(RESOURCE + " has no " + key);
        }
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, CHILE).format(texts);
    }

    private static Properties load() {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
