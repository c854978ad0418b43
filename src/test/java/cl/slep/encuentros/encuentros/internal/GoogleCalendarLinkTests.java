package cl.slep.encuentros.encuentros.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoogleCalendarLinkTests {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    @Test
    void theLinkCarriesLocalDatesWithTheZoneAndEncodesEveryField() {
        String url = GoogleCalendarLink.of("Red UTP: evaluación & retroalimentación",
                LocalDateTime.parse("2026-04-09T09:00"), LocalDateTime.parse("2026-04-09T11:30"), SANTIAGO,
                "1. Bienvenida\n2. Trabajo #grupos", "Liceo Bicentenario, Av. Prat 1200");

        assertThat(url).startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&text=")
                .doesNotContain(" ", "\n", "+");
        Map<String, String> query = query(url);
        assertThat(query).containsEntry("action", "TEMPLATE")
                .containsEntry("text", "Red UTP: evaluación & retroalimentación")
                .containsEntry("dates", "20260409T090000/20260409T113000")
                .containsEntry("ctz", "America/Santiago")
                .containsEntry("details", "1. Bienvenida\n2. Trabajo #grupos")
                .containsEntry("location", "Liceo Bicentenario, Av. Prat 1200");
    }

    @Test
    void aLongAgendaIsCutSoTheLinkStaysShort() {
        String url = GoogleCalendarLink.of("Encuentro", LocalDateTime.parse("2026-09-07T09:00"),
                LocalDateTime.parse("2026-09-07T11:00"), SANTIAGO, "Ñandú ".repeat(1500), null);

        assertThat(query(url).get("details")).hasSize(GoogleCalendarLink.DETAILS_MAX).endsWith("...");
        assertThat(url.length()).isLessThan(8000);
        assertThat(query(url)).doesNotContainKey("location");
    }

    private static Map<String, String> query(String url) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return fields;
    }
}
