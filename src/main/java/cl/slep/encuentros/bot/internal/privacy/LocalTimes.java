package cl.slep.encuentros.bot.internal.privacy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as a person in Chile reads them: "jueves 10 de abril de 2026, 09:00". */
final class LocalTimes {

    static final ZoneId CHILE = ZoneId.of("America/Santiago");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy, HH:mm", Locale.forLanguageTag("es-CL"));

    private LocalTimes() {
    }

    static String format(Instant instant) {
        return instant == null ? "—" : FORMAT.format(instant.atZone(CHILE));
    }
}
