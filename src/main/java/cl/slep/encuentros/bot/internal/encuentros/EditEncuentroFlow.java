package cl.slep.encuentros.bot.internal.encuentros;

import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.ADDRESS;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.CAPACITY;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.DESCRIPTION;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.END;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.LOCATION;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.NETWORKS;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.TITLE;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.VENUE;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.WHEN;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.EncuentroFieldChoice.EncuentroField;
import cl.slep.encuentros.bot.internal.conversation.ConversationEngine;
import cl.slep.encuentros.bot.internal.conversation.Flow;
import cl.slep.encuentros.bot.internal.conversation.FocusedStep;
import cl.slep.encuentros.bot.internal.conversation.Step;
import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.encuentros.EncuentroAccessDenied;
import cl.slep.encuentros.encuentros.EncuentroStatus;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.EncuentrosProperties;
import cl.slep.encuentros.encuentros.InvalidDraftException;
import cl.slep.encuentros.encuentros.Rsvp;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * [Editar] in an encuentro's menu: the coordinator picks what to change (date and time, venue, title, agenda,
 * capacity, networks), answers the same questions as in /nuevo_encuentro, sees the result and confirms. A published
 * encuentro's change of date or venue is then announced to its invitees (see {@link EncuentroChangeMessages}).
 */
@Component
class EditEncuentroFlow implements Flow<EditEncuentroState> {

    private final EditEncuentroSteps steps;
    private final NewEncuentroSteps questions;
    private final ConversationEngine engine;
    private final Encuentros encuentros;
    private final Rsvp rsvp;
    private final StaffDirectory staff;
    private final InvitationUpdates invitationUpdates;
    private final Replies replies;
    private final Texts texts;

    EditEncuentroFlow(Texts texts, Catalogue catalogue, StaffDirectory staff, Encuentros encuentros, Rsvp rsvp,
            EncuentrosProperties properties, InvitationCards cards, CivilTime civilTime, Clock clock,
            InvitationUpdates invitationUpdates, @Lazy ConversationEngine engine, Replies replies,
            Participants participants) {
        this.questions = new NewEncuentroSteps(texts, new StartParser(clock, civilTime.zone(), properties.startGrace()),
                catalogue::networks, draft -> "");
        this.steps = new EditEncuentroSteps(texts, cards, encuentros, rsvp, participants);
        this.engine = engine;
        this.encuentros = encuentros;
        this.rsvp = rsvp;
        this.staff = staff;
        this.invitationUpdates = invitationUpdates;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "edit-encuentro";
    }

    @Override
    public Class<EditEncuentroState> stateType() {
        return EditEncuentroState.class;
    }

    @Override
    public StaffRole role() {
        return StaffRole.COORDINATOR;
    }

    @Override
    public List<Step<EditEncuentroState>> steps() {
        List<Step<EditEncuentroState>> all = new ArrayList<>();
        all.add(steps.choose());
        for (Step<NewEncuentroDraft> question : List.of(questions.title(), questions.when(), questions.end(),
                questions.venue(), questions.address(), questions.location(), questions.capacity(),
                questions.description())) {
            all.add(FocusedStep.of(question, EditEncuentroState::draft, EditEncuentroState::withDraft));
        }
        all.add(steps.keepingInvitedNetworks(
                FocusedStep.of(questions.networks(), EditEncuentroState::draft, EditEncuentroState::withDraft)));
        all.add(steps.confirm());
        return all;
    }

    @Override
    public String next(String completed, EditEncuentroState state) {
        return switch (completed) {
            case EditEncuentroSteps.CHOOSE -> firstQuestion(state.field());
            case WHEN -> END;
            case VENUE -> ADDRESS;
            case ADDRESS -> LOCATION;
            case END, LOCATION, TITLE, DESCRIPTION, CAPACITY, NETWORKS -> EditEncuentroSteps.CONFIRM;
            case EditEncuentroSteps.CONFIRM -> DONE;
            default -> throw new IllegalStateException("Editing an encuentro has no step after " + completed);
        };
    }

    private static String firstQuestion(EncuentroField field) {
        return switch (field) {
            case WHEN -> WHEN;
            case VENUE -> VENUE;
            case TITLE -> TITLE;
            case DESCRIPTION -> DESCRIPTION;
            case CAPACITY -> CAPACITY;
            case NETWORKS -> NETWORKS;
        };
    }

    /** Starts the conversation on an encuentro the person may manage; the refusal to say otherwise. */
    Optional<String> start(Incoming in, long encuentroId) {
        Optional<EncuentroView> found = encuentros.find(encuentroId);
        if (found.isEmpty() || !encuentros.mayManage(in.userId(), encuentroId)) {
            return Optional.of(texts.get("manage.not_yours"));
        }
        EncuentroView encuentro = found.get();
        Set<Long> offered = staff.roleOf(in.userId()) == StaffRole.ADMIN ? null : staff.coordinatedNetworks(in.userId());
        NewEncuentroDraft draft = new NewEncuentroDraft(offered, encuentro.title(), encuentro.networkIds(),
                encuentro.start(), encuentro.end(), encuentro.venueName(), encuentro.address(), encuentro.latitude(),
                encuentro.longitude(), encuentro.capacity(), encuentro.description(),
                encuentro.status() == EncuentroStatus.PUBLISHED);
        return engine.start(in, this, new EditEncuentroState(encuentroId, null, draft), EditEncuentroSteps.CHOOSE);
    }

    @Override
    public void finish(Incoming in, EditEncuentroState state) {
        Optional<EncuentroView> before = encuentros.find(state.encuentroId());
        if (before.isEmpty()) {
            replies.text(in, texts.get("manage.not_yours"));
            return;
        }
        try {
            int toTell = rsvp.toNotifyOfChange(state.encuentroId()).size();
            boolean addsNetworks = before.get().status() == EncuentroStatus.PUBLISHED
                    && !before.get().networkIds().containsAll(state.draft().networks());
            int invitedBefore = addsNetworks ? rsvp.invitations(state.encuentroId()).size() : 0;
            EncuentroView after = encuentros.edit(in.userId(), state.encuentroId(), state.draft().toDraft());
            boolean published = after.status() == EncuentroStatus.PUBLISHED;
            boolean announced = published && (before.get().schedule().timeChanged(after.schedule())
                    || before.get().schedule().venueChanged(after.schedule()));
            if (published && !announced && after.sequence() != before.get().sequence()) {
                // Title or agenda: nobody is interrupted, but the invitations in their chats show the new text.
                invitationUpdates.redraw(after);
            }
            String done = texts.get("manage.edited", Texts.html(after.title()));
            if (announced) {
                done += " " + texts.get("manage.edited.told", toTell);
            }
            if (addsNetworks) {
                done += " " + texts.get("manage.edited.invited",
                        rsvp.invitations(state.encuentroId()).size() - invitedBefore);
            }
            replies.text(in, done);
        } catch (InvalidDraftException e) {
            replies.text(in, texts.get("manage.edit_refused", e.problems().stream()
                    .map(problem -> texts.get("newenc.problem." + problem.name().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.joining("\n• ", "• ", ""))));
        } catch (EncuentroAccessDenied e) {
            replies.text(in, texts.get("manage.not_yours"));
        } catch (IllegalStateException e) {
            // Cancelled or ended while the coordinator was answering.
            replies.text(in, texts.get("manage.closed"));
        }
    }
}
