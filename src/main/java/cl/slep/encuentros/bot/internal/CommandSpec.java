package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.participants.StaffRole;

/**
 * @param name the command without the slash, as typed (Spanish)
 * @param descriptionKey the messages.properties key of its one-line description
 * @param requiredRole the least role that may use it
 * @param inMenu whether it is offered in Telegram's command menu
 * @param leavesConversations whether it may be used in the middle of a conversation (it ends or suspends it)
 * @param registeredOnly whether only a registered participant may use it (others are sent to /start)
 */
public record CommandSpec(String name, String descriptionKey, StaffRole requiredRole, boolean inMenu,
        boolean leavesConversations, boolean registeredOnly) {

    public static CommandSpec forEveryone(String name, String descriptionKey) {
        return new CommandSpec(name, descriptionKey, StaffRole.PARTICIPANT, true, false, false);
    }

    public static CommandSpec forRegistered(String name, String descriptionKey) {
        return new CommandSpec(name, descriptionKey, StaffRole.PARTICIPANT, true, false, true);
    }

    public static CommandSpec forRole(StaffRole role, String name, String descriptionKey) {
        return new CommandSpec(name, descriptionKey, role, true, false, false);
    }

    public CommandSpec leavingConversations() {
        return new CommandSpec(name, descriptionKey, requiredRole, inMenu, true, registeredOnly);
    }
}
