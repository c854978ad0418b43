package cl.slep.encuentros.participants;

import cl.slep.encuentros.civiltime.CivilTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (Ley 21.719): someone inactive for the configured period is warned, and if they stay inactive for
 * the notice period, their personal data is erased. Any message or tap from them starts the period over.
 *
 * <p>Each person is warned or erased in a transaction of their own that reloads them and checks again that they
 * are still inactive: a message they send while the job runs wins. Their row is versioned, so a copy loaded just
 * before their message cannot be written back over it either; that person is left for the next run.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final ParticipantRepository participants;
    private final Participants service;
    private final ApplicationEventPublisher events;
    private final RetentionProperties properties;
    private final CivilTime civilTime;
    private final Clock clock;
    private final TransactionTemplate eachPerson;
    private final TransactionTemplate readOnly;

    Retention(ParticipantRepository participants, Participants service, ApplicationEventPublisher events,
            RetentionProperties properties, CivilTime civilTime, Clock clock, PlatformTransactionManager transactions) {
        this.participants = participants;
        this.service = service;
        this.events = events;
        this.properties = properties;
        this.civilTime = civilTime;
        this.clock = clock;
        this.eachPerson = new TransactionTemplate(transactions);
        this.eachPerson.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public record Outcome(int warned, int erased) {
    }

    /** Warns who is about to reach the limit and erases who was warned and stayed inactive. */
    public Outcome apply() {
        Instant now = clock.instant();
        int warned = 0;
        for (Long id : toWarn(now)) {
            if (attempt(() -> warnIfStillInactive(id, now))) {
                warned++;
            }
        }
        int erased = 0;
        for (Long id : toErase(now)) {
            if (attempt(() -> eraseIfStillInactive(id, now))) {
                erased++;
            }
        }
        if (warned + erased > 0) {
            log.info("Retention: {} participants warned, {} erased after {} without activity", warned, erased,
                    properties.inactivity());
        }
        return new Outcome(warned, erased);
    }

    /** Candidates for the warning: a notice period before the limit, lastSeen + inactivity - notice <= now. */
    List<Long> toWarn(Instant now) {
        Instant warnBefore = warnIfSilentSince(now);
        return readOnly.execute(status -> participants.findByLastSeenAtBeforeAndRetentionWarnedAtIsNull(warnBefore)
                .stream().map(Participant::id).toList());
    }

    List<Long> toErase(Instant now) {
        return readOnly.execute(status -> participants.findByRetentionWarnedAtBefore(erasedIfWarnedBefore(now))
                .stream().map(Participant::id).toList());
    }

    /** In its own transaction: warns the person if they are still there, unwarned and inactive. */
    boolean warnIfStillInactive(long participantId, Instant now) {
        return Boolean.TRUE.equals(eachPerson.execute(status -> participants.findById(participantId)
                .filter(p -> p.retentionWarnedAt() == null && p.lastSeenAt().isBefore(warnIfSilentSince(now)))
                .map(p -> {
                    LocalDate erasureDay = erasureDay(p.lastSeenAt(), now);
                    events.publishEvent(new RetentionNoticeDue(p.id(), p.telegramUserId(), erasureDay,
                            "retention-warning:" + p.id() + ":" + p.lastSeenAt().toEpochMilli()));
                    p.warnedAt(now);
                    participants.flush();
                    return true;
                })
                .orElse(false)));
    }

    /** In its own transaction: erases the person if they were warned long enough ago and stayed inactive. */
    boolean eraseIfStillInactive(long participantId, Instant now) {
        return Boolean.TRUE.equals(eachPerson.execute(status -> participants.findById(participantId)
                .filter(p -> p.retentionWarnedAt() != null && p.retentionWarnedAt().isBefore(erasedIfWarnedBefore(now)))
                .filter(p -> p.lastSeenAt().isBefore(erasedIfSilentSince(now)))
                .map(p -> service.erase(p.telegramUserId()))
                .orElse(false)));
    }

    /** The erasure comes at the inactivity limit, but never sooner than a full notice period after the warning. */
    private LocalDate erasureDay(Instant lastSeen, Instant now) {
        LocalDateTime limit = civilAt(lastSeen).plus(properties.inactivity());
        LocalDateTime afterNotice = civilAt(now).plus(properties.notice());
        return (limit.isAfter(afterNotice) ? limit : afterNotice).toLocalDate();
    }

    private Instant warnIfSilentSince(Instant now) {
        return civilTime.instantOf(civilAt(now).plus(properties.notice()).minus(properties.inactivity()));
    }

    private Instant erasedIfWarnedBefore(Instant now) {
        return civilTime.instantOf(civilAt(now).minus(properties.notice()));
    }

    private Instant erasedIfSilentSince(Instant now) {
        return civilTime.instantOf(civilAt(now).minus(properties.inactivity()));
    }

    private LocalDateTime civilAt(Instant instant) {
        return civilTime.localOf(instant);
    }

    /** A person who acted while we were working on them is left for the next run. */
    private static boolean attempt(java.util.function.BooleanSupplier step) {
        try {
            return step.getAsBoolean();
        } catch (OptimisticLockingFailureException e) {
            log.info("Retention: a participant was active while being processed; left for the next run");
            return false;
        }
    }
}
