package cl.slep.encuentros.bot.internal.privacy;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CallbackAction;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * /preferencias: receive everything; only what is essential (invitations and reminders, no broadcasts or
 * surveys: right of opposition); or pause every message until resumed (temporary blocking).
 */
@Component
@Order(40)
class PreferencesCommand implements BotCommand, CallbackAction {

    static final String ACTION = "pref";

    private final Participants participants;
    private final Replies replies;
    private final Texts texts;

    PreferencesCommand(Participants participants, Replies replies, Texts texts) {
        this.participants = participants;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forRegistered("preferencias", "command.preferencias.description");
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public void handle(Incoming in, String argument) {
        participants.findByTelegramUserId(in.userId())
                .ifPresent(profile -> replies.text(in, describe(profile), keyboard()));
    }

    @Override
    public String handle(Incoming in, int messageId, List<String> arguments) {
        String choice = arguments.isEmpty() ? "" : arguments.get(0);
        boolean paused;
        boolean muted;
        switch (choice) {
            case "all" -> {
                paused = false;
                muted = false;
            }
            case "essential" -> {
                paused = false;
                muted = true;
            }
            case "pause" -> {
                paused = true;
                muted = false;
            }
            default -> {
                return texts.get("callback.stale");
            }
        }
        if (!participants.isRegistered(in.userId())) {
            return texts.get("callback.stale");
        }
        participants.changePreferences(in.userId(), paused, muted);
        participants.findByTelegramUserId(in.userId())
                .ifPresent(profile -> replies.edit(in, messageId, describe(profile), keyboard()));
        return texts.get("prefs.saved");
    }

    private String describe(ParticipantProfile profile) {
        String state = profile.messagesPaused() ? "prefs.state.paused"
                : profile.optionalMessagesMuted() ? "prefs.state.essential" : "prefs.state.all";
        return texts.get("prefs.text", texts.get(state));
    }

    private InlineKeyboard keyboard() {
        return InlineKeyboard.of(
                InlineButton.callback(texts.get("prefs.all"), CallbackAction.data(ACTION, "all")),
                InlineButton.callback(texts.get("prefs.essential"), CallbackAction.data(ACTION, "essential")),
                InlineButton.callback(texts.get("prefs.pause"), CallbackAction.data(ACTION, "pause")));
    }
}
