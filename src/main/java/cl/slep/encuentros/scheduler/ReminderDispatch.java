package cl.slep.encuentros.scheduler;

import java.time.Instant;

/**
 * Sends what the scheduler finds due about an encuentro. The bot implements it (it owns the texts and buttons); the
 * scheduler decides only when. A call may repeat (a job run again after a crash, or on two instances): an
 * implementation de-duplicates by its outbox key, e.g. {@code reminder:{encuentro}:{offset}:{participant}}.
 */
public interface ReminderDispatch {

    /** Reminder {@code offset} ("P1D") to those who said yes or maybe before {@code answeredBefore}. */
    void remind(long encuentroId, String offset, Instant answeredBefore);

    /** The nudge to those invited before {@code invitedBefore} who have not answered. */
    void nudge(long encuentroId, Instant invitedBefore);
}
