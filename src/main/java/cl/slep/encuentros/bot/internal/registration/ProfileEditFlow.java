package cl.slep.encuentros.bot.internal.registration;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonHandler;
import cl.slep.encuentros.bot.internal.buttons.ButtonType;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.ProfileField;
import cl.slep.encuentros.bot.internal.conversation.ConversationEngine;
import cl.slep.encuentros.bot.internal.conversation.Flow;
import cl.slep.encuentros.bot.internal.conversation.Step;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.NetworkView;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Changing one field of a registered person's profile (rectification): the same question registration asks, then
 * saved. Started by the profile's buttons.
 */
@Component
class ProfileEditFlow implements Flow<RegistrationDraft>, ButtonHandler<ProfileEditFlow.EditField> {

    /** A button of /perfil: change this field. */
    @ButtonType(prefix = "pf", registeredOnly = true)
    record EditField(ProfileField field) implements cl.slep.encuentros.bot.internal.buttons.Button {
    }

    private final RegistrationSteps steps;
    private final ConversationEngine engine;
    private final Participants participants;
    private final ProfileView profileView;
    private final Replies replies;
    private final Texts texts;

    ProfileEditFlow(Texts texts, Catalogue catalogue, Clock clock, @Lazy ConversationEngine engine,
            Participants participants, ProfileView profileView, Replies replies) {
        this.steps = new RegistrationSteps(texts, CatalogueView.of(catalogue), clock);
        this.engine = engine;
        this.participants = participants;
        this.profileView = profileView;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public Class<RegistrationDraft> stateType() {
        return RegistrationDraft.class;
    }

    @Override
    public List<Step<RegistrationDraft>> steps() {
        return List.of(steps.name(), steps.establishment(), steps.establishmentNotListed(), steps.role(),
                steps.roleOther(), steps.currentNetworks());
    }

    /** One answer is the whole edit; "Otro" also asks which one. */
    @Override
    public String next(String completed, RegistrationDraft draft) {
        return RegistrationSteps.ROLE.equals(completed) && draft.role().isOther() ? RegistrationSteps.ROLE_OTHER : DONE;
    }

    @Override
    public Class<EditField> type() {
        return EditField.class;
    }

    @Override
    public String handle(Incoming in, int messageId, EditField button) {
        Optional<ParticipantProfile> profile = participants.findByTelegramUserId(in.userId());
        if (profile.isEmpty()) {
            return texts.get("callback.stale");
        }
        ParticipantProfile current = profile.get();
        RegistrationDraft draft = new RegistrationDraft(current.consentGivenAt(), current.fullName(),
                current.establishment() == null ? null : current.establishment().id(), current.establishmentFreeText(),
                current.role(), current.roleOther(),
                current.networks().stream().map(NetworkView::id).collect(Collectors.toCollection(LinkedHashSet::new)),
                false, button.field());
        return engine.start(in, this, draft, RegistrationSteps.stepOf(button.field())).orElse(null);
    }

    @Override
    public void finish(Incoming in, RegistrationDraft draft) {
        switch (draft.editing()) {
            case NAME -> participants.changeName(in.userId(), draft.name());
            case ESTABLISHMENT -> participants.changeEstablishment(in.userId(), draft.establishmentId(),
                    draft.establishmentFreeText());
            case ROLE -> participants.changeRole(in.userId(), draft.role(), draft.roleOther());
            case NETWORKS -> participants.changeNetworks(in.userId(), draft.networks());
        }
        replies.text(in, texts.get("profile.updated." + draft.editing().name().toLowerCase(Locale.ROOT)));
        profileView.show(in);
    }
}
