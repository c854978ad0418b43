package cl.slep.encuentros.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.participants.Organization;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The organisation's own name is configuration (ENCUENTROS_ORGANIZATION), never written into a text. */
class TextsOrganizationTests {

    @Test
    void theConfiguredNameIsWhatPeopleRead() {
        Texts texts = Texts.fromBundles(new Organization("SLEP Tamarugal"));

        assertThat(texts.get("reg.privacy"))
                .contains("el SLEP Tamarugal (Servicio Local de Educación Pública), que organiza")
                .doesNotContain("Iquique").doesNotContain(Texts.ORGANIZATION);
        assertThat(texts.get("start.welcome", "Rosa")).contains("¡Hola, Rosa!").contains("del SLEP Tamarugal.");
        assertThat(texts.get("staff.notice.granted", "Red CRA")).contains("Encuentros de Redes del SLEP Tamarugal.");
    }

    @Test
    void withoutConfigurationTheTextsNameTheSlepIquique() {
        assertThat(Texts.fromBundles().get("reg.privacy"))
                .contains("el SLEP Iquique (Servicio Local de Educación Pública), que organiza");
    }

    @Test
    void noTextNamesTheOrganizationItself() throws IOException {
        List<String> named = new ArrayList<>();
        for (String bundle : List.of("/messages.properties", "/staff-messages.properties")) {
            Properties texts = new Properties();
            try (InputStream in = TextsOrganizationTests.class.getResourceAsStream(bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            texts.forEach((key, text) -> {
                if (text.toString().matches("(?s).*(SLEP\\)? Iquique|Pública Iquique).*")) {
                    named.add(bundle + " " + key);
                }
            });
        }
        assertThat(named).as("texts that should say " + Texts.ORGANIZATION).isEmpty();
    }
}
