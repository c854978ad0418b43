package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.messaging.BotProfile;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.StaffRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every command the bot knows, declared once. The registry, not the handler, refuses a command to someone
 * whose role is not enough, and feeds Telegram's command menu.
 */
@Component
public class CommandRegistry {

    private final Map<String, BotCommand> commands = new LinkedHashMap<>();
    private final Participants participants;
    private final Replies replies;
    private final Texts texts;

    CommandRegistry(List<BotCommand> declared, Participants participants, Replies replies, Texts texts) {
        for (BotCommand command : declared) {
            String name = command.spec().name();
            if (!name.matches("[a-z0-9_]{1,32}")) {
                throw new IllegalStateException("Telegram command names are 1-32 of a-z, 0-9 and _: " + name);
            }
            if (commands.putIfAbsent(name, command) != null) {
                throw new IllegalStateException("Command declared twice: /" + name);
            }
        }
        this.participants = participants;
        this.replies = replies;
        this.texts = texts;
    }

    /** Runs "/name[@bot] [argument]" for the person in {@code in}. */
    void dispatch(Incoming in, String commandText) {
        ParsedCommand parsed = ParsedCommand.parse(commandText);
        Optional<BotCommand> command = find(parsed.name());
        if (command.isEmpty()) {
            replies.text(in, texts.get("command.unknown", Texts.echo("/" + parsed.name())));
            return;
        }
        CommandSpec spec = command.get().spec();
        StaffRole role = participants.roleOf(in.userId());
        if (!role.atLeast(spec.requiredRole())) {
            replies.text(in, texts.get("command.refused." + spec.requiredRole().name().toLowerCase(Locale.ROOT),
                    "/" + spec.name()));
            return;
        }
        if (spec.registeredOnly() && !participants.isRegistered(in.userId())) {
            replies.text(in, texts.get("command.register_first", "/" + spec.name()));
            return;
        }
        command.get().handle(in, parsed.argument());
    }

    /** Commands that may interrupt a conversation (e.g. /cancelar); any other re-prompts the current step. */
    boolean leavesConversations(String commandText) {
        return find(ParsedCommand.parse(commandText).name()).map(command -> command.spec().leavesConversations())
                .orElse(false);
    }

    /** Commands that run in the middle of a conversation, which then asks its question again. */
    boolean usableInConversations(String commandText) {
        return find(ParsedCommand.parse(commandText).name()).map(command -> command.spec().usableInConversations())
                .orElse(false);
    }

    Optional<BotCommand> find(String name) {
        return Optional.ofNullable(commands.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The commands this role may use, in declaration order. */
    public List<CommandSpec> availableTo(StaffRole role) {
        return commands.values().stream().map(BotCommand::spec).filter(spec -> role.atLeast(spec.requiredRole())).toList();
    }

    /** The menu everybody sees; staff commands are listed by /ayuda to those who may use them. */
    List<BotProfile.MenuCommand> menu() {
        return commands.values().stream()
                .map(BotCommand::spec)
                .filter(spec -> spec.inMenu() && spec.requiredRole() == StaffRole.PARTICIPANT)
                .map(spec -> new BotProfile.MenuCommand(spec.name(), texts.get(spec.descriptionKey())))
                .toList();
    }

    record ParsedCommand(String name, String argument) {

        static ParsedCommand parse(String text) {
            String trimmed = text.strip();
            int space = indexOfWhitespace(trimmed);
            String head = space < 0 ? trimmed : trimmed.substring(0, space);
            String argument = space < 0 ? "" : trimmed.substring(space + 1).strip();
            String name = head.startsWith("/") ? head.substring(1) : head;
            int at = name.indexOf('@');
            if (at >= 0) {
                name = name.substring(0, at);
            }
            return new ParsedCommand(name.toLowerCase(Locale.ROOT), argument);
        }

        private static int indexOfWhitespace(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isWhitespace(text.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }
    }
}
