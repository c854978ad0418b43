package cl.slep.encuentros.participants;

import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention (Ley 21.719): someone inactive for the configured period is warned, and if they stay inactive for
 * the notice period, their personal data is erased. Any message or tap from them starts the period over.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    static final ZoneId CHILE = ZoneId.of("America/Santiago");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-CL"));

    private final ParticipantRepository participants;
    private final Participants service;
    private final Outbox outbox;
    private final RetentionProperties properties;
    private final Clock clock;

    Retention(ParticipantRepository participants, Participants service, Outbox outbox, RetentionProperties properties,
            Clock clock) {
        this.participants = participants;
        this.service = service;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    public record Outcome(int warned, int erased) {
    }

    /** Warns who is about to reach the limit and erases who was warned and stayed inactive. */
    @Transactional
    public Outcome apply() {
        ZonedDateTime now = clock.instant().atZone(CHILE);
        // Someone is warned a notice period before the inactivity limit: lastSeen + inactivity - notice <= now.
        Instant warnBefore = now.plus(properties.notice()).minus(properties.inactivity()).toInstant();
        int warned = 0;
        for (Participant participant : participants.findByLastSeenAtBeforeAndRetentionWarnedAtIsNull(warnBefore)) {
            Instant limit = participant.lastSeenAt().atZone(CHILE).plus(properties.inactivity()).toInstant();
            Instant afterNotice = now.plus(properties.notice()).toInstant();
            Instant erasureDay = limit.isAfter(afterNotice) ? limit : afterNotice;
            // A legal notice, not an optional message: it goes whatever the person's preferences.
            outbox.enqueue(new OutgoingMessage.Text(participant.telegramUserId(), warning(participant, erasureDay)),
                    Priority.DIRECT, "retention-warning:" + participant.id() + ":" + participant.lastSeenAt().toEpochMilli());
            participant.warnedAt(now.toInstant());
            warned++;
        }
        Instant erasedIfWarnedBefore = now.minus(properties.notice()).toInstant();
        Instant erasedIfSilentSince = now.minus(properties.inactivity()).toInstant();
        int erased = 0;
        for (Participant participant : participants.findByRetentionWarnedAtBefore(erasedIfWarnedBefore)) {
            if (participant.lastSeenAt().isBefore(erasedIfSilentSince)) {
                service.erase(participant.telegramUserId());
                erased++;
            }
        }
        if (warned + erased > 0) {
            log.info("Retention: {} participants warned, {} erased after {} without activity", warned, erased,
                    properties.inactivity());
        }
        return new Outcome(warned, erased);
    }

    private static String warning(Participant participant, Instant erasureDay) {
        String name = participant.fullName().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "Hola, " + name + " 👋\n\nHace mucho tiempo que no usas el bot de los Encuentros de Redes. "
                + "Para proteger tus datos, <b>los borraré a partir del " + DAY.format(erasureDay.atZone(CHILE)) + "</b> "
                + "si no hay actividad hasta entonces.\n\nSi quieres seguir participando, basta con que me escribas "
                + "cualquier cosa o toques /start.";
    }
}
