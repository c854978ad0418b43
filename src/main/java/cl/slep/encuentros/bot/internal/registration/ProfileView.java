package cl.slep.encuentros.bot.internal.registration;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.ProfileField;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.NetworkView;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The person's profile as they see it, with a button to change each field. */
@Component
class ProfileView {

    private final Participants participants;
    private final Replies replies;
    private final Texts texts;

    ProfileView(Participants participants, Replies replies, Texts texts) {
        this.participants = participants;
        this.replies = replies;
        this.texts = texts;
    }

    void show(Incoming in) {
        participants.findByTelegramUserId(in.userId()).ifPresent(profile -> replies.text(in, describe(profile),
                new InlineKeyboard(List.of(
                        List.of(button(ProfileField.NAME), button(ProfileField.ESTABLISHMENT)),
                        List.of(button(ProfileField.ROLE), button(ProfileField.NETWORKS))))));
    }

    String describe(ParticipantProfile profile) {
        String establishment = texts.establishmentOf(profile);
        return texts.get("profile.view", Texts.html(profile.fullName()), Texts.html(establishment),
                Texts.html(participants.roleLabel(profile)),
                Texts.html(profile.networks().stream().map(NetworkView::name).collect(Collectors.joining(", "))));
    }

    private InlineButton button(ProfileField field) {
        String label = texts.get("reg.field." + field.name().toLowerCase(Locale.ROOT)).toLowerCase(Locale.ROOT);
        return ButtonCodec.inline(texts.get("profile.change", label), new ProfileEditFlow.EditField(field));
    }
}
