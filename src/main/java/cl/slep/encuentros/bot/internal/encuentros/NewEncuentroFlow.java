package cl.slep.encuentros.bot.internal.encuentros;

import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.ADDRESS;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.CAPACITY;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.DESCRIPTION;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.END;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.LOCATION;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.NETWORKS;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.PREVIEW;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.TITLE;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.VENUE;
import static cl.slep.encuentros.bot.internal.encuentros.NewEncuentroSteps.WHEN;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.conversation.ConversationEngine;
import cl.slep.encuentros.bot.internal.conversation.Flow;
import cl.slep.encuentros.bot.internal.conversation.Step;
import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.EncuentrosProperties;
import cl.slep.encuentros.encuentros.InvalidDraftException;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * /nuevo_encuentro: title, networks (those the person coordinates; every network for an admin), date and start,
 * end, venue, address, optional location, capacity and agenda, then a preview exactly as invitees will see it.
 */
@Component
class NewEncuentroFlow implements Flow<NewEncuentroDraft> {

    private final NewEncuentroSteps steps;
    private final ConversationEngine engine;
    private final Encuentros encuentros;
    private final StaffDirectory staff;
    private final Replies replies;
    private final Texts texts;

    NewEncuentroFlow(Texts texts, Catalogue catalogue, StaffDirectory staff, Encuentros encuentros,
            EncuentrosProperties properties, InvitationCards cards, CivilTime civilTime, Clock clock,
            @Lazy ConversationEngine engine, Replies replies) {
        this.steps = new NewEncuentroSteps(texts,
                new StartParser(clock, civilTime.zone(), properties.startGrace()),
                catalogue::networks,
                draft -> cards.details(draft.title(), draft.start(), draft.end(), draft.venue(), draft.address(),
                        draft.networks(), draft.description()) + capacityLine(texts, draft));
        this.engine = engine;
        this.encuentros = encuentros;
        this.staff = staff;
        this.replies = replies;
        this.texts = texts;
    }

    private static String capacityLine(Texts texts, NewEncuentroDraft draft) {
        return draft.capacity() == null ? "" : "\n" + texts.get("newenc.preview.capacity", draft.capacity());
    }

    @Override
    public String name() {
        return "new-encuentro";
    }

    @Override
    public Class<NewEncuentroDraft> stateType() {
        return NewEncuentroDraft.class;
    }

    @Override
    public StaffRole role() {
        return StaffRole.COORDINATOR;
    }

    @Override
    public List<Step<NewEncuentroDraft>> steps() {
        return steps.all();
    }

    @Override
    public String next(String completed, NewEncuentroDraft draft) {
        return switch (completed) {
            case TITLE -> NETWORKS;
            case NETWORKS -> WHEN;
            case WHEN -> END;
            case END -> VENUE;
            case VENUE -> ADDRESS;
            case ADDRESS -> LOCATION;
            case LOCATION -> CAPACITY;
            case CAPACITY -> DESCRIPTION;
            case DESCRIPTION -> PREVIEW;
            case PREVIEW -> DONE;
            default -> throw new IllegalStateException("A new encuentro has no step after " + completed);
        };
    }

    Optional<String> start(Incoming in) {
        Set<Long> offered = staff.roleOf(in.userId()) == StaffRole.ADMIN ? null : staff.coordinatedNetworks(in.userId());
        return engine.start(in, this, NewEncuentroDraft.offering(offered), TITLE);
    }

    @Override
    public void finish(Incoming in, NewEncuentroDraft draft) {
        try {
            EncuentroView saved = encuentros.createDraft(in.userId(), draft.toDraft());
            if (!draft.publish()) {
                replies.text(in, texts.get("newenc.saved", Texts.html(saved.title())));
                return;
            }
            int invited = encuentros.publish(in.userId(), saved.id());
            replies.text(in, texts.get("newenc.published", Texts.html(saved.title()), invited));
        } catch (InvalidDraftException e) {
            // The start may have gone by while the preview waited, or a network been taken from the coordinator.
            replies.text(in, texts.get("newenc.refused", e.problems().stream()
                    .map(problem -> texts.get("newenc.problem." + problem.name().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.joining("\n• ", "• ", ""))));
        }
    }
}
