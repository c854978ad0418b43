package cl.slep.encuentros.bot.internal.privacy;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.Button;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.bot.internal.buttons.ButtonHandler;
import cl.slep.encuentros.bot.internal.buttons.ButtonType;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * /preferencias: receive everything; only what is essential (invitations and reminders, no broadcasts or
 * surveys: right of opposition); or pause every message until resumed (temporary blocking).
 */
@Component
@Order(40)
class PreferencesCommand implements BotCommand, ButtonHandler<PreferencesCommand.Choice> {

    enum Option { ALL, ESSENTIAL, PAUSE }

    @ButtonType(prefix = "pref", registeredOnly = true)
    record Choice(Option option) implements Button {
    }

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
    public void handle(Incoming in, String argument) {
        participants.findByTelegramUserId(in.userId())
                .ifPresent(profile -> replies.text(in, describe(profile), keyboard(profile)));
    }

    @Override
    public Class<Choice> type() {
        return Choice.class;
    }

    @Override
    public String handle(Incoming in, int messageId, Choice choice) {
        boolean paused = choice.option() == Option.PAUSE;
        boolean muted = choice.option() == Option.ESSENTIAL;
        participants.changePreferences(in.userId(), paused, muted);
        participants.findByTelegramUserId(in.userId())
                .ifPresent(profile -> replies.edit(in, messageId, describe(profile), keyboard(profile)));
        return texts.get("prefs.saved");
    }

    private String describe(ParticipantProfile profile) {
        String state = profile.messagesPaused() ? "prefs.state.paused"
                : profile.optionalMessagesMuted() ? "prefs.state.essential" : "prefs.state.all";
        return texts.get("prefs.text", texts.get(state));
    }

    /** The person's current choice is marked on its button. */
    private InlineKeyboard keyboard(ParticipantProfile profile) {
        Option current = profile.messagesPaused() ? Option.PAUSE
                : profile.optionalMessagesMuted() ? Option.ESSENTIAL : Option.ALL;
        return InlineKeyboard.of(button(Option.ALL, "prefs.all", current), button(Option.ESSENTIAL, "prefs.essential", current),
                button(Option.PAUSE, "prefs.pause", current));
    }

    private InlineButton button(Option option, String labelKey, Option current) {
        String label = texts.get(labelKey);
        return ButtonCodec.inline(option == current ? texts.get("picker.selected", label) : label, new Choice(option));
    }
}
