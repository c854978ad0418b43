package cl.slep.encuentros.bot.internal.registration;

import static cl.slep.encuentros.bot.internal.registration.RegistrationSteps.CONSENT;
import static cl.slep.encuentros.bot.internal.registration.RegistrationSteps.ESTABLISHMENT;
import static cl.slep.encuentros.bot.internal.registration.RegistrationSteps.ESTABLISHMENT_FREE;
import static cl.slep.encuentros.bot.internal.registration.RegistrationSteps.NAME;
import static cl.slep.encuentros.bot.internal.registration.RegistrationSteps.NETWORKS;
import static cl.slep.encuentros.bot.internal.registration.RegistrationSteps.ROLE;
import static cl.slep.encuentros.bot.internal.registration.RegistrationSteps.ROLE_OTHER;
import static cl.slep.encuentros.bot.internal.registration.RegistrationSteps.SUMMARY;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.RegistrationFollowUp;
import cl.slep.encuentros.bot.internal.RegistrationStarter;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.conversation.ConversationEngine;
import cl.slep.encuentros.bot.internal.conversation.Flow;
import cl.slep.encuentros.bot.internal.conversation.Step;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.RegistrationForm;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Registration: privacy notice, name, establishment, role, networks, summary. Nothing is stored about the person
 * before they accept the notice, and nothing but the anonymous fact of a refusal if they decline.
 */
@Component
class RegistrationFlow implements Flow<RegistrationDraft>, RegistrationStarter {

    private final RegistrationSteps steps;
    private final ConversationEngine engine;
    private final Participants participants;
    private final Replies replies;
    private final Texts texts;
    private final List<RegistrationFollowUp> followUps;

    RegistrationFlow(Texts texts, Catalogue catalogue, Clock clock, @Lazy ConversationEngine engine,
            Participants participants, Replies replies, List<RegistrationFollowUp> followUps) {
        this.followUps = followUps;
        this.steps = new RegistrationSteps(texts, CatalogueView.of(catalogue), clock);
        this.engine = engine;
        this.participants = participants;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "registration";
    }

    @Override
    public Class<RegistrationDraft> stateType() {
        return RegistrationDraft.class;
    }

    @Override
    public List<Step<RegistrationDraft>> steps() {
        return steps.all();
    }

    @Override
    public String next(String completed, RegistrationDraft draft) {
        return switch (completed) {
            case CONSENT -> NAME;
            case NAME -> draft.fixing() ? SUMMARY : ESTABLISHMENT;
            case ESTABLISHMENT, ESTABLISHMENT_FREE -> draft.fixing() ? SUMMARY : ROLE;
            case ROLE -> draft.role().isOther() ? ROLE_OTHER : afterRole(draft);
            case ROLE_OTHER -> afterRole(draft);
            case NETWORKS -> SUMMARY;
            case SUMMARY -> DONE;
            default -> throw new IllegalStateException("Registration has no step after " + completed);
        };
    }

    private static String afterRole(RegistrationDraft draft) {
        return draft.fixing() && !draft.networks().isEmpty() ? SUMMARY : NETWORKS;
    }

    @Override
    public void start(Incoming in) {
        engine.start(in, this, RegistrationDraft.empty(), CONSENT).ifPresent(refusal -> replies.text(in, refusal));
    }

    @Override
    public void finish(Incoming in, RegistrationDraft draft) {
        participants.register(new RegistrationForm(in.userId(), draft.name(), draft.establishmentId(),
                draft.establishmentFreeText(), draft.role(), draft.roleOther(), draft.networks(), draft.consentAt()));
        replies.text(in, texts.get("reg.done", Texts.html(draft.name())) + "\n\n" + texts.get("menu.main"));
        followUps.forEach(followUp -> followUp.registered(in));
    }

    @Override
    public void abandoned(Incoming in, RegistrationDraft draft) {
        participants.recordConsentRefusal();
        followUps.forEach(followUp -> followUp.declined(in));
    }
}
