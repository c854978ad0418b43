package cl.slep.encuentros.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a person reads lives in messages*.properties (STYLE.md §5, after PetClinic's I18nPropertiesSyncTest):
 * no Spanish literal in src/main/java outside the simulator, and every key the code asks for exists.
 */
class TextsGuardTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TEXT_KEY = Pattern.compile("texts\\.get\\(\\s*\"([^\"]+)\"");
    /** Letters only Spanish uses, its opening marks, and pictographs (✅, ➡️, 👋) used as decorations. */
    private static final Pattern SPANISH_OR_DECORATION = Pattern.compile("[áéíóúüñÁÉÍÓÚÜÑ¿¡]|[\\x{2190}-\\x{2BFF}\\x{1F000}-\\x{1FAFF}]");
    /** Words common in Spanish sentences and rare in the English of logs and SQL. */
    private static final Pattern SPANISH_WORDS = Pattern.compile(
            "(?i)(^|\\s)(el|la|los|las|del|que|para|por|con|una|tus?|está|hay|usa|escribe)\\s");

    @Test
    void noSpanishLiteralInTheCodeOutsideTheSimulator() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (file.toString().replace('\\', '/').contains("/simulator/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                    continue;
                }
                Matcher literal = LITERAL.matcher(line);
                while (literal.find()) {
                    String text = literal.group(1);
                    if (SPANISH_OR_DECORATION.matcher(text).find() || SPANISH_WORDS.matcher(text).find()) {
                        offenders.add(SOURCES.relativize(file) + ":" + (i + 1) + " \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(offenders).as("Spanish text or decorations in Java; move them to messages*.properties").isEmpty();
    }

    @Test
    void everyTextKeyTheCodeAsksForExists() throws IOException {
        Properties texts = new Properties();
        for (String bundle : List.of("/messages.properties", "/staff-messages.properties")) {
            try (InputStream in = TextsGuardTests.class.getResourceAsStream(bundle)) {
                if (in != null) {
                    texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        int asked = 0;
        for (Path file : javaFiles()) {
            Matcher key = TEXT_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (key.find()) {
                asked++;
                String name = key.group(1);
                // A key completed at run time ("reg.name." + problem) is checked by the flows' tests.
                if (!name.endsWith(".") && !texts.containsKey(name)) {
                    missing.add(SOURCES.relativize(file) + ": " + name);
                }
            }
        }
        assertThat(asked).as("texts.get calls found").isGreaterThan(100);
        assertThat(missing).as("keys missing from messages*.properties").isEmpty();
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
