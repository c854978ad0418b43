package cl.slep.encuentros.bot.internal.commands;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.RegistrationStarter;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.StartPayloadHandler;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.bot.internal.conversation.ConversationEngine;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.participants.Participants;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * /start: a welcome for someone new, the menu for someone registered. Also makes a blocked chat reachable again.
 * A deep link's payload ({@code /start ci_…}) goes first to the feature that made the link.
 */
@Component
@Order(10)
class StartCommand implements BotCommand {

    private final Participants participants;
    private final Outbox outbox;
    private final Replies replies;
    private final Texts texts;
    private final RegistrationStarter registration;
    private final ConversationEngine conversations;
    private final List<StartPayloadHandler> payloads;

    StartCommand(Participants participants, Outbox outbox, Replies replies, Texts texts,
            RegistrationStarter registration, ConversationEngine conversations, List<StartPayloadHandler> payloads) {
        this.payloads = payloads;
        this.registration = registration;
        this.conversations = conversations;
        this.participants = participants;
        this.outbox = outbox;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forEveryone("start", "command.start.description").runningInConversations()
                .offeredToNewcomers();
    }

    @Override
    public void handle(Incoming in, String argument) {
        outbox.markReachable(in.chatId());
        Optional<StartPayloadHandler> link = payloads.stream().filter(handler -> handler.accepts(argument)).findFirst();
        if (link.isPresent() && !link.get().handle(in, argument)) {
            return;
        }
        if (conversations.isActive(in.chatId())) {
            // In the middle of something: a short line, then the router asks the current question again.
            replies.text(in, texts.get("conversation.resume"));
            return;
        }
        participants.findByTelegramUserId(in.userId()).ifPresentOrElse(
                participant -> replies.text(in, texts.get("start.registered", Texts.html(participant.fullName()))
                        + "\n\n" + texts.get("menu.main")),
                () -> {
                    replies.text(in, texts.get("start.welcome", Texts.html(in.firstName())),
                            InlineKeyboard.of(ButtonCodec.inline(texts.get("start.button.about"),
                                    new AboutAction.About())));
                    registration.start(in);
                });
    }
}
