package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.bot.internal.buttons.ButtonHandler;
import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.encuentros.Attendance;
import cl.slep.encuentros.encuentros.AttendanceCounts;
import cl.slep.encuentros.encuentros.EncuentroStatus;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.InvalidDraftException;
import cl.slep.encuentros.encuentros.Rsvp;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The coordinator's menu of one encuentro: what it is and how the answers stand, with [Asistencia] [Código QR]
 * [Editar] [Cancelar encuentro] (a draft: [Publicar] [Editar] [Descartar]). Cancelling asks first, in the menu's place.
 */
@Component
class EncuentroMenu implements ButtonHandler<ManageButtons> {

    private static final int LABEL_LENGTH = 40;

    private final Encuentros encuentros;
    private final Rsvp rsvp;
    private final Attendance attendance;
    private final InvitationCards cards;
    private final EditEncuentroFlow editFlow;
    private final CivilTime civilTime;
    private final Replies replies;
    private final Texts texts;
    private final Clock clock;

    EncuentroMenu(Encuentros encuentros, Rsvp rsvp, Attendance attendance, InvitationCards cards,
            EditEncuentroFlow editFlow, CivilTime civilTime, Replies replies, Texts texts, Clock clock) {
        this.encuentros = encuentros;
        this.rsvp = rsvp;
        this.attendance = attendance;
        this.cards = cards;
        this.editFlow = editFlow;
        this.civilTime = civilTime;
        this.replies = replies;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Class<ManageButtons> type() {
        return ManageButtons.class;
    }

    /** The list under /encuentros: one button per encuentro the person manages, drafts included. */
    Optional<InlineKeyboard> managedList(long actorTelegramId, int max) {
        List<EncuentroView> managed = encuentros.managedBy(actorTelegramId, false);
        if (managed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(InlineKeyboard.of(managed.stream().limit(max).map(encuentro -> ButtonCodec.inline(
                (encuentro.status() == EncuentroStatus.DRAFT ? texts.get("manage.draft_mark") + " " : "")
                        + Texts.shorten(encuentro.title(), LABEL_LENGTH) + " · "
                        + civilTime.formatDate(encuentro.start().toLocalDate()),
                new ManageButtons.Open(encuentro.id()))).toArray(InlineButton[]::new)));
    }

    @Override
    public String handle(Incoming in, int messageId, ManageButtons button) {
        Optional<EncuentroView> found = encuentros.find(button.encuentro());
        if (found.isEmpty() || !encuentros.mayManage(in.userId(), button.encuentro())) {
            return texts.get("manage.not_yours");
        }
        EncuentroView encuentro = found.get();
        if (button instanceof ManageButtons.Open) {
            replies.text(in, card(in.userId(), encuentro), keyboard(encuentro));
        } else if (button instanceof ManageButtons.Back) {
            replies.edit(in, messageId, card(in.userId(), encuentro), keyboard(encuentro));
        } else if (button instanceof ManageButtons.Edit) {
            if (!editable(encuentro)) {
                return texts.get("manage.closed");
            }
            editFlow.start(in, encuentro.id()).ifPresent(refusal -> replies.text(in, refusal));
        } else if (button instanceof ManageButtons.Publish) {
            publish(in, messageId, encuentro);
        } else if (button instanceof ManageButtons.AskCancel) {
            if (!editable(encuentro)) {
                return texts.get("manage.closed");
            }
            askCancel(in, messageId, encuentro);
        } else if (button instanceof ManageButtons.ConfirmCancel) {
            cancel(in, messageId, encuentro);
        }
        return null;
    }

    String card(long actorTelegramId, EncuentroView encuentro) {
        StringBuilder text = new StringBuilder(texts.get("manage.header",
                texts.get("manage.status." + encuentro.status().name().toLowerCase(Locale.ROOT))));
        text.append("\n\n").append(cards.details(encuentro));
        if (encuentro.capacity() != null) {
            text.append('\n').append(texts.get("newenc.preview.capacity", encuentro.capacity()));
        }
        if (encuentro.status() == EncuentroStatus.PUBLISHED || encuentro.status() == EncuentroStatus.ENDED) {
            AttendanceCounts counts = attendance.summary(actorTelegramId, encuentro.id()).overall();
            text.append("\n\n").append(texts.get("manage.counts", counts.invited(), counts.yes(), counts.maybe(),
                    counts.no(), counts.noAnswer()));
            if (counts.present() > 0) {
                text.append('\n').append(texts.get("manage.present", counts.present()));
            }
        }
        return text.toString();
    }

    InlineKeyboard keyboard(EncuentroView encuentro) {
        List<List<InlineButton>> rows = new ArrayList<>();
        long id = encuentro.id();
        if (encuentro.status() == EncuentroStatus.DRAFT) {
            rows.add(List.of(ButtonCodec.inline(texts.get("newenc.publish"), new ManageButtons.Publish(id)),
                    ButtonCodec.inline(texts.get("manage.button.edit"), new ManageButtons.Edit(id))));
            rows.add(List.of(ButtonCodec.inline(texts.get("manage.button.discard"), new ManageButtons.AskCancel(id))));
        } else if (encuentro.status() == EncuentroStatus.PUBLISHED || encuentro.status() == EncuentroStatus.ENDED) {
            InlineButton attendanceButton = ButtonCodec.inline(texts.get("manage.button.attendance"),
                    new AttendanceButtons(id));
            rows.add(CheckInQr.stillWorks(encuentro, clock.instant())
                    ? List.of(attendanceButton, ButtonCodec.inline(texts.get("checkin.button.qr"),
                            new CheckInButtons(id, CheckInButtons.Action.QR)))
                    : List.of(attendanceButton));
            if (editable(encuentro)) {
                rows.add(List.of(ButtonCodec.inline(texts.get("manage.button.edit"), new ManageButtons.Edit(id)),
                        ButtonCodec.inline(texts.get("manage.button.cancel"), new ManageButtons.AskCancel(id))));
            }
        }
        return new InlineKeyboard(rows);
    }

    /** A draft, or a published encuentro that has not started: once it starts, its date and venue are history. */
    private boolean editable(EncuentroView encuentro) {
        return encuentro.status() == EncuentroStatus.DRAFT || encuentro.status() == EncuentroStatus.PUBLISHED
                && clock.instant().isBefore(encuentro.startInstant());
    }

    private void publish(Incoming in, int messageId, EncuentroView encuentro) {
        if (encuentro.status() != EncuentroStatus.DRAFT) {
            replies.edit(in, messageId, card(in.userId(), encuentro), keyboard(encuentro));
            return;
        }
        try {
            int invited = encuentros.publish(in.userId(), encuentro.id());
            replies.edit(in, messageId, texts.get("newenc.published", Texts.html(encuentro.title()), invited),
                    InlineKeyboard.of(ButtonCodec.inline(texts.get("manage.button.open"),
                            new ManageButtons.Open(encuentro.id()))));
        } catch (InvalidDraftException e) {
            replies.text(in, texts.get("manage.publish_refused", e.problems().stream()
                    .map(problem -> texts.get("newenc.problem." + problem.name().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.joining("\n• ", "• ", ""))));
        }
    }

    private void askCancel(Incoming in, int messageId, EncuentroView encuentro) {
        boolean draft = encuentro.status() == EncuentroStatus.DRAFT;
        String question = draft ? texts.get("manage.discard.question", Texts.html(encuentro.title()))
                : texts.get("manage.cancel.question", Texts.html(encuentro.title()),
                        civilTime.formatRange(encuentro.start(), encuentro.end()),
                        rsvp.toNotifyOfChange(encuentro.id()).size());
        replies.edit(in, messageId, question, InlineKeyboard.row(
                ButtonCodec.inline(texts.get(draft ? "manage.discard.yes" : "manage.cancel.yes"),
                        new ManageButtons.ConfirmCancel(encuentro.id())),
                ButtonCodec.inline(texts.get("manage.button.back"), new ManageButtons.Back(encuentro.id()))));
    }

    private void cancel(Incoming in, int messageId, EncuentroView encuentro) {
        boolean draft = encuentro.status() == EncuentroStatus.DRAFT;
        int told = draft ? 0 : rsvp.toNotifyOfChange(encuentro.id()).size();
        if (!editable(encuentro) || !encuentros.cancel(in.userId(), encuentro.id())) {
            replies.edit(in, messageId, texts.get("manage.closed"), null);
            return;
        }
        replies.edit(in, messageId, draft ? texts.get("manage.discarded", Texts.html(encuentro.title()))
                : texts.get("manage.cancelled", Texts.html(encuentro.title()), told), null);
    }
}
