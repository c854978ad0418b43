package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.encuentros.CheckInResult;
import cl.slep.encuentros.encuentros.CheckIns;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What a person is told after scanning an encuentro's code, whatever the outcome. */
@Component
class CheckInReplies {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final Encuentros encuentros;
    private final CheckIns checkIns;
    private final CivilTime civilTime;
    private final Texts texts;

    CheckInReplies(Encuentros encuentros, CheckIns checkIns, CivilTime civilTime, Texts texts) {
        this.encuentros = encuentros;
        this.checkIns = checkIns;
        this.civilTime = civilTime;
        this.texts = texts;
    }

    String of(CheckInResult result) {
        Optional<EncuentroView> encuentro = result.encuentroId() == null ? Optional.empty()
                : encuentros.find(result.encuentroId());
        if (encuentro.isEmpty()) {
            return texts.get("checkin.invalid");
        }
        EncuentroView shown = encuentro.get();
        String title = Texts.html(shown.title());
        return switch (result.outcome()) {
            case CHECKED_IN -> texts.get(result.guest() ? "checkin.done_guest" : "checkin.done", title,
                    civilTime.format(result.checkedInAt()));
            case ALREADY_CHECKED_IN -> texts.get("checkin.already", title, hour(result.checkedInAt()));
            case NOT_YET_OPEN -> texts.get("checkin.not_yet_open", title, civilTime.format(checkIns.opensAt(shown)),
                    civilTime.format(shown.start()));
            case CLOSED -> texts.get("checkin.closed", title);
            case CANCELLED -> texts.get("checkin.cancelled", title);
            case MALFORMED, UNKNOWN_CODE, OTHER_ENCUENTRO -> texts.get("checkin.invalid");
        };
    }

    String hour(Instant instant) {
        return HOUR.format(civilTime.localOf(instant));
    }
}
