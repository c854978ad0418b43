package cl.slep.encuentros.bot.internal.commands;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandRegistry;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.StaffRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /ayuda: the commands this person may use, from the registry, so it can never list one they cannot. */
@Component
@Order(20)
class HelpCommand implements BotCommand {

    private final ObjectProvider<CommandRegistry> registry;
    private final Participants participants;
    private final Replies replies;
    private final Texts texts;

    HelpCommand(ObjectProvider<CommandRegistry> registry, Participants participants, Replies replies, Texts texts) {
        this.registry = registry;
        this.participants = participants;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forEveryone("ayuda", "command.ayuda.description").runningInConversations()
                .offeredToNewcomers();
    }

    @Override
    public void handle(Incoming in, String argument) {
        boolean registered = participants.isRegistered(in.userId());
        // Someone new reads first how to register, and only the commands they can use now.
        StringBuilder help = new StringBuilder(texts.get(registered ? "help.intro" : "help.intro.unregistered"));
        StaffRole role = participants.roleOf(in.userId());
        for (CommandSpec spec : registry.getObject().availableTo(role)) {
            if (spec.inMenu() && spec.usableBy(role, registered)) {
                help.append("\n/").append(spec.name()).append(" — ").append(texts.get(spec.descriptionKey()));
            }
        }
        help.append("\n\n").append(texts.get("help.footer"));
        replies.text(in, help.toString());
    }
}
