package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.messaging.BotIdentity;
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
    private final BotIdentity identity;

    CommandRegistry(List<BotCommand> declared, Participants participants, Replies replies, Texts texts,
            BotIdentity identity) {
        this.identity = identity;
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
        if (!spec.usableBy(role, participants.isRegistered(in.userId()))) {
            replies.text(in, texts.get("command.register_first", "/" + spec.name()));
            return;
        }
        command.get().handle(in, parsed.argument());
    }

    /**
     * "/cancelar@OtroBot" is for another bot (in a group, or typed by mistake): it gets no answer at all. Until
     * Telegram has told us our own username, every command is taken as ours.
     */
    boolean addressedToAnotherBot(String commandText) {
        String bot = ParsedCommand.parse(commandText).bot();
        return !bot.isEmpty() && !identity.isAddressedToUs(bot);
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

    /**
     * The menu of someone with this role: people not registered see the way in and help; participants their
     * commands; coordinators and admins theirs too. Staff named by id who never registered see no command that
     * needs registration.
     */
    public List<BotProfile.MenuCommand> menuFor(StaffRole role, boolean registered) {
        boolean newcomer = role == StaffRole.PARTICIPANT && !registered;
        return commands.values().stream()
                .map(BotCommand::spec)
                .filter(spec -> spec.inMenu() && role.atLeast(spec.requiredRole()))
                .filter(spec -> spec.usableBy(role, registered))
                .filter(spec -> !newcomer || spec.inNewcomerMenu())
                .map(spec -> new BotProfile.MenuCommand(spec.name(), texts.get(spec.descriptionKey())))
                .toList();
    }

    /** The bot's default menu, which every chat without one of its own sees: the newcomers' menu. */
    List<BotProfile.MenuCommand> defaultMenu() {
        return menuFor(StaffRole.PARTICIPANT, false);
    }

    /**
     * @param bot the username after {@code @} ({@code /ayuda@encuentros_bot}), empty when the command names no bot
     */
    record ParsedCommand(String name, String argument, String bot) {

        static ParsedCommand parse(String text) {
            String trimmed = text.strip();
            int space = indexOfWhitespace(trimmed);
            String head = space < 0 ? trimmed : trimmed.substring(0, space);
            String argument = space < 0 ? "" : trimmed.substring(space + 1).strip();
            String name = head.startsWith("/") ? head.substring(1) : head;
            int at = name.indexOf('@');
            String bot = "";
            if (at >= 0) {
                bot = name.substring(at + 1);
                name = name.substring(0, at);
            }
            return new ParsedCommand(name.toLowerCase(Locale.ROOT), argument, bot);
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
