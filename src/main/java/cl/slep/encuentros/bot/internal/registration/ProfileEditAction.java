package cl.slep.encuentros.bot.internal.registration;

import cl.slep.encuentros.bot.internal.CallbackAction;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.participants.Participants;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A profile button: starts changing that field with the same step registration uses. */
@Component
class ProfileEditAction implements CallbackAction {

    private static final Set<String> FIELDS = Set.of(RegistrationConversation.NAME, RegistrationConversation.ESTABLISHMENT,
            RegistrationConversation.ROLE, RegistrationConversation.NETWORKS);

    private final RegistrationConversation conversation;
    private final Participants participants;
    private final Texts texts;

    ProfileEditAction(RegistrationConversation conversation, Participants participants, Texts texts) {
        this.conversation = conversation;
        this.participants = participants;
        this.texts = texts;
    }

    @Override
    public String action() {
        return ProfileView.ACTION;
    }

    @Override
    public String handle(Incoming in, int messageId, List<String> arguments) {
        if (arguments.size() != 1 || !FIELDS.contains(arguments.get(0)) || !participants.isRegistered(in.userId())) {
            return texts.get("callback.stale");
        }
        conversation.startProfileEdit(in, arguments.get(0));
        return null;
    }
}
