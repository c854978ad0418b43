package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.encuentros.CheckInCode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The pending_checkin table, owned by the bot module: the code someone scanned before registering, used when their
 * registration completes. Rows past their expiry are ignored, and deleted whenever a new one is stored and daily.
 */
@Repository
class PendingCheckIns {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PendingCheckIns(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The person's latest scan replaces an earlier one: they are at one encuentro at a time. */
    void remember(long telegramUserId, CheckInCode code, Instant expiresAt) {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM pending_checkin WHERE expires_at <= ? OR telegram_user_id = ?", Timestamp.from(now),
                telegramUserId);
        jdbc.update("INSERT INTO pending_checkin (telegram_user_id, code, created_at, expires_at) VALUES (?, ?, ?, ?)",
                telegramUserId, code.value(), Timestamp.from(now), Timestamp.from(expiresAt));
    }

    /** The pending code, removed: it is used once. */
    Optional<CheckInCode> take(long telegramUserId) {
        Optional<CheckInCode> code = jdbc.query(
                "SELECT code FROM pending_checkin WHERE telegram_user_id = ? AND expires_at > ?",
                (rs, i) -> new CheckInCode(rs.getString(1)), telegramUserId, Timestamp.from(clock.instant()))
                .stream().findFirst();
        forget(telegramUserId);
        return code;
    }

    int forgetExpired() {
        return jdbc.update("DELETE FROM pending_checkin WHERE expires_at <= ?", Timestamp.from(clock.instant()));
    }

    void forget(long telegramUserId) {
        jdbc.update("DELETE FROM pending_checkin WHERE telegram_user_id = ?", telegramUserId);
    }
}
