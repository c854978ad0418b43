package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.bot.internal.buttons.ButtonHandler;
import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.encuentros.Attendance;
import cl.slep.encuentros.encuentros.AttendanceCounts;
import cl.slep.encuentros.encuentros.AttendanceSummary;
import cl.slep.encuentros.encuentros.EncuentroStatus;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.ExportFile;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.StaffRole;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * /asistencia: the coordinator picks one of their published or past encuentros and gets its counts (answers and
 * check-ins, overall and by establishment) and the attendance list as a CSV file for Excel; under the counts, the
 * check-in code to project and marking people present by hand.
 */
@Component
@Order(65)
class AttendanceCommand implements BotCommand, ButtonHandler<AttendanceButtons> {

    static final int MAX_LISTED = 12;
    private static final int LABEL_LENGTH = 40;

    private final Encuentros encuentros;
    private final Attendance attendance;
    private final CivilTime civilTime;
    private final Replies replies;
    private final Texts texts;
    private final Clock clock;

    AttendanceCommand(Encuentros encuentros, Attendance attendance, CivilTime civilTime, Replies replies,
            Texts texts, Clock clock) {
        this.clock = clock;
        this.encuentros = encuentros;
        this.attendance = attendance;
        this.civilTime = civilTime;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forRole(StaffRole.COORDINATOR, "asistencia", "command.asistencia.description");
    }

    @Override
    public void handle(Incoming in, String argument) {
        List<EncuentroView> shown = encuentros.managedBy(in.userId(), true).stream()
                .filter(encuentro -> encuentro.status() == EncuentroStatus.PUBLISHED
                        || encuentro.status() == EncuentroStatus.ENDED)
                .limit(MAX_LISTED).toList();
        if (shown.isEmpty()) {
            replies.text(in, texts.get("attendance.none"));
            return;
        }
        InlineButton[] buttons = shown.stream().map(encuentro -> ButtonCodec.inline(
                Texts.shorten(encuentro.title(), LABEL_LENGTH) + " · " + civilTime.formatDate(encuentro.start().toLocalDate()),
                new AttendanceButtons(encuentro.id()))).toArray(InlineButton[]::new);
        replies.text(in, texts.get("attendance.choose"), InlineKeyboard.of(buttons));
    }

    @Override
    public Class<AttendanceButtons> type() {
        return AttendanceButtons.class;
    }

    @Override
    public String handle(Incoming in, int messageId, AttendanceButtons button) {
        Optional<EncuentroView> encuentro = encuentros.find(button.encuentro());
        if (encuentro.isEmpty() || !encuentros.mayManage(in.userId(), button.encuentro())) {
            return texts.get("attendance.not_yours");
        }
        AttendanceSummary summary = attendance.summary(in.userId(), button.encuentro());
        StringBuilder text = new StringBuilder(texts.get("attendance.header", Texts.html(encuentro.get().title()),
                civilTime.formatRange(encuentro.get().start(), encuentro.get().end())));
        text.append("\n\n").append(counts(summary.overall()));
        if (!summary.byEstablishment().isEmpty()) {
            text.append("\n\n").append(texts.get("attendance.by_establishment"));
            for (AttendanceSummary.ByEstablishment row : summary.byEstablishment()) {
                String name = row.name() == null ? texts.get("attendance.erased") : Texts.html(row.name());
                text.append('\n').append(texts.get("attendance.establishment_line", name,
                        row.counts().yes(), row.counts().present()));
            }
        }
        replies.text(in, text.toString(), checkInButtons(encuentro.get()));
        ExportFile csv = attendance.csv(in.userId(), button.encuentro());
        replies.document(in, csv.fileName(), texts.get("attendance.csv_caption"), csv.content());
        return null;
    }

    /** The code only while it can still work; marking by hand also after the end (a paper list typed in later). */
    private InlineKeyboard checkInButtons(EncuentroView encuentro) {
        InlineButton byHand = ButtonCodec.inline(texts.get("checkin.button.by_hand"),
                new CheckInButtons(encuentro.id(), CheckInButtons.Action.BY_HAND));
        if (CheckInQr.stillWorks(encuentro, clock.instant())) {
            return new InlineKeyboard(List.of(List.of(ButtonCodec.inline(texts.get("checkin.button.qr"),
                    new CheckInButtons(encuentro.id(), CheckInButtons.Action.QR)), byHand)));
        }
        return InlineKeyboard.of(byHand);
    }

    private String counts(AttendanceCounts counts) {
        return texts.get("attendance.counts", counts.invited(), counts.yes(), counts.maybe(), counts.no(),
                counts.noAnswer(), counts.present(), counts.guests());
    }
}
