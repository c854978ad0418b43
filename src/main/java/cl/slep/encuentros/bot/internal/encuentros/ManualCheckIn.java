package cl.slep.encuentros.bot.internal.encuentros;

import static cl.slep.encuentros.bot.internal.buttons.ButtonCodec.inline;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.StepButton;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.PersonChoice;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.PickerDone;
import cl.slep.encuentros.bot.internal.conversation.ConversationEngine;
import cl.slep.encuentros.bot.internal.conversation.Flow;
import cl.slep.encuentros.bot.internal.conversation.Prompt;
import cl.slep.encuentros.bot.internal.conversation.Step;
import cl.slep.encuentros.bot.internal.conversation.TextInput;
import cl.slep.encuentros.bot.internal.conversation.Transition;
import cl.slep.encuentros.encuentros.CheckInResult;
import cl.slep.encuentros.encuentros.CheckInRoster;
import cl.slep.encuentros.encuentros.CheckIns;
import cl.slep.encuentros.encuentros.EncuentroAccessDenied;
import cl.slep.encuentros.encuentros.EncuentroStatus;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.StaffRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A coordinator marks people present by hand (someone without a phone, a paper list typed in later): they type
 * part of a name, tap the person among the matches (those invited first), and go on until [Terminar]. The search
 * ignores accents and case, like every name search of the bot.
 */
@Component
class ManualCheckIn implements Flow<ManualCheckInState> {

    static final int MAX_MATCHES = 8;
    private static final String SEARCH = "search";
    /** Enough to put the invitees among many namesakes first; a few thousand people in all. */
    private static final int SEARCHED = 500;
    private static final int LABEL_LENGTH = 60;

    private final Encuentros encuentros;
    private final CheckIns checkIns;
    private final Participants participants;
    private final CheckInReplies answers;
    private final ConversationEngine engine;
    private final Replies replies;
    private final Texts texts;

    ManualCheckIn(Encuentros encuentros, CheckIns checkIns, Participants participants, CheckInReplies answers,
            @Lazy ConversationEngine engine, Replies replies, Texts texts) {
        this.encuentros = encuentros;
        this.checkIns = checkIns;
        this.participants = participants;
        this.answers = answers;
        this.engine = engine;
        this.replies = replies;
        this.texts = texts;
    }

    /** Starts marking people present at the encuentro, if the person may manage it and it is (or was) held. */
    void start(Incoming in, long encuentroId) {
        Optional<EncuentroView> encuentro = encuentros.find(encuentroId);
        if (encuentro.isEmpty() || !encuentros.mayManage(in.userId(), encuentroId)) {
            replies.text(in, texts.get("checkin.not_yours"));
            return;
        }
        EncuentroStatus status = encuentro.get().status();
        if (status != EncuentroStatus.PUBLISHED && status != EncuentroStatus.ENDED) {
            replies.text(in, texts.get(status == EncuentroStatus.CANCELLED ? "checkin.manual.cancelled"
                    : "checkin.qr.not_published"));
            return;
        }
        engine.start(in, this, new ManualCheckInState(encuentroId, in.userId()), SEARCH)
                .ifPresent(refusal -> replies.text(in, refusal));
    }

    @Override
    public String name() {
        return "manual-checkin";
    }

    @Override
    public Class<ManualCheckInState> stateType() {
        return ManualCheckInState.class;
    }

    @Override
    public StaffRole role() {
        return StaffRole.COORDINATOR;
    }

    @Override
    public Duration timeout() {
        return Duration.ofHours(12);
    }

    @Override
    public List<Step<ManualCheckInState>> steps() {
        return List.of(Step.<ManualCheckInState>named(SEARCH)
                .asking((state, turn) -> new Prompt(texts.get("checkin.manual.ask", title(state)), finish(turn)))
                .reasking((state, turn) -> new Prompt(texts.get("checkin.manual.reask"), finish(turn)))
                .onText(this::search)
                .onTap(this::mark));
    }

    @Override
    public String next(String completed, ManualCheckInState state) {
        return DONE;
    }

    @Override
    public void finish(Incoming in, ManualCheckInState state) {
        replies.text(in, texts.get("checkin.manual.finished"));
    }

    private Transition<ManualCheckInState> search(ManualCheckInState state, TextInput input) {
        CheckInRoster roster;
        try {
            roster = checkIns.roster(state.coordinatorTelegramId(), state.encuentroId());
        } catch (EncuentroAccessDenied e) {
            return Transition.abandon(null, texts.get("checkin.not_yours"));
        }
        List<ParticipantProfile> found = new ArrayList<>(participants.searchByName(input.text(), SEARCHED));
        if (found.isEmpty()) {
            return Transition.problem(texts.get("checkin.manual.nobody", Texts.echo(input.text())));
        }
        // Stable: within each group the search's order by name stays.
        found.sort(Comparator.comparing(person -> !roster.invited().contains(person.id())));
        List<List<InlineButton>> rows = new ArrayList<>();
        for (ParticipantProfile person : found.subList(0, Math.min(found.size(), MAX_MATCHES))) {
            String label = person.establishmentName() == null ? person.fullName()
                    : person.fullName() + " (" + person.establishmentName() + ")";
            label = Texts.shorten(label, LABEL_LENGTH);
            if (roster.present().contains(person.id())) {
                label = texts.get("checkin.manual.present_mark", label);
            }
            rows.add(List.of(inline(label, new PersonChoice(input.turn(), person.telegramUserId()))));
        }
        String text = texts.get("checkin.manual.found", Texts.echo(input.text()));
        if (found.size() > MAX_MATCHES) {
            text += "\n\n" + texts.get("checkin.manual.more");
        }
        return Transition.send(null, new Prompt(text, new InlineKeyboard(rows)));
    }

    private Transition<ManualCheckInState> mark(ManualCheckInState state, StepButton tap) {
        if (tap instanceof PickerDone) {
            return Transition.complete(state, texts.get("checkin.manual.done_button"));
        }
        if (!(tap instanceof PersonChoice choice)) {
            return Transition.stale();
        }
        Optional<ParticipantProfile> person = participants.findByTelegramUserId(choice.telegramUserId());
        if (person.isEmpty()) {
            return Transition.stale();
        }
        CheckInResult result;
        try {
            result = checkIns.checkInByHand(state.coordinatorTelegramId(), state.encuentroId(), person.get().id());
        } catch (EncuentroAccessDenied e) {
            return Transition.abandon(null, texts.get("checkin.not_yours"));
        }
        String name = Texts.html(person.get().fullName());
        String said = switch (result.outcome()) {
            case CHECKED_IN -> texts.get(result.guest() ? "checkin.manual.marked_guest" : "checkin.manual.marked", name);
            case ALREADY_CHECKED_IN -> texts.get("checkin.manual.already", name, answers.hour(result.checkedInAt()));
            default -> null;
        };
        if (said == null) {
            return Transition.abandon(null, texts.get("checkin.manual.cancelled"));
        }
        return new Transition.Stay<>(null, texts.get("checkin.manual.toast"), Prompt.text(said), true, false);
    }

    private InlineKeyboard finish(int turn) {
        return InlineKeyboard.of(inline(texts.get("checkin.manual.done_button"), new PickerDone(turn)));
    }

    private String title(ManualCheckInState state) {
        return encuentros.find(state.encuentroId()).map(encuentro -> Texts.html(encuentro.title())).orElse("");
    }
}
