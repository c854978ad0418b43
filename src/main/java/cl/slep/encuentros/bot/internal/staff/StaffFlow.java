package cl.slep.encuentros.bot.internal.staff;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.conversation.ConversationEngine;
import cl.slep.encuentros.bot.internal.conversation.Flow;
import cl.slep.encuentros.bot.internal.conversation.Step;
import cl.slep.encuentros.messaging.TelegramEndpoint;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.GrantOutcome;
import cl.slep.encuentros.participants.StaffCandidate;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Naming a coordinator or changing their networks (admins only; the engine ends it if the role goes away). */
@Component
class StaffFlow implements Flow<StaffDraft> {

    private final StaffSteps steps;
    private final StaffDirectory staff;
    private final StaffNames names;
    private final ConversationEngine engine;
    private final Replies replies;
    private final Texts texts;
    private final CoordinatorNotices notices;

    StaffFlow(Texts texts, Catalogue catalogue, Participants participants, StaffDirectory staff, StaffNames names,
            TelegramEndpoint telegram,
            @Lazy ConversationEngine engine, Replies replies, CoordinatorNotices notices) {
        this.steps = new StaffSteps(texts, catalogue::networks, names::html, staff::candidate, telegram::botId,
                participants::searchByName);
        this.staff = staff;
        this.names = names;
        this.engine = engine;
        this.replies = replies;
        this.texts = texts;
        this.notices = notices;
    }

    @Override
    public String name() {
        return "staff";
    }

    @Override
    public Class<StaffDraft> stateType() {
        return StaffDraft.class;
    }

    @Override
    public StaffRole role() {
        return StaffRole.ADMIN;
    }

    @Override
    public List<Step<StaffDraft>> steps() {
        return steps.all();
    }

    @Override
    public String next(String completed, StaffDraft draft) {
        return switch (completed) {
            case StaffSteps.WHO -> StaffSteps.NETWORKS;
            case StaffSteps.NETWORKS -> StaffSteps.CONFIRM;
            case StaffSteps.CONFIRM -> DONE;
            default -> throw new IllegalStateException("Staff has no step after " + completed);
        };
    }

    Optional<String> startAdding(Incoming in) {
        return engine.start(in, this, StaffDraft.empty(), StaffSteps.WHO);
    }

    Optional<String> startEditing(Incoming in, long coordinator) {
        return engine.start(in, this, StaffDraft.empty().about(staff.candidate(coordinator)), StaffSteps.NETWORKS);
    }

    @Override
    public void finish(Incoming in, StaffDraft draft) {
        long target = draft.target();
        Set<Long> selected = draft.networks();
        StaffCandidate seen = draft.seen();
        if (seen.coordinatedNetworks().equals(selected)) {
            replies.text(in, texts.get("staff.saved.unchanged", names.html(target), names.networks(selected)));
            return;
        }
        GrantOutcome outcome = staff.grant(seen, selected);
        switch (outcome) {
            case GRANTED -> {
                replies.text(in, texts.get("staff.saved", names.html(target), names.networks(selected)));
                tell(in, target, seen.coordinatedNetworks().isEmpty() ? "staff.notice.granted" : "staff.notice.changed",
                        selected);
            }
            case PERSON_ERASED -> replies.text(in, texts.get("staff.grant.erased", names.html(target)));
            case CHANGED_MEANWHILE -> replies.text(in, texts.get("staff.grant.changed", names.html(target)));
        }
    }

    /** Tells the person; if it cannot reach them, the admin hears why ({@link CoordinatorNotices}). */
    private void tell(Incoming in, long target, String key, Set<Long> networks) {
        notices.send(in.chatId(), target, in.updateId(), texts.get(key, names.networks(networks)));
    }
}
