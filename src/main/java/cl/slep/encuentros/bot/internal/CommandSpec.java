package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.participants.StaffRole;

/**
 * @param name the command without the slash, as typed (Spanish)
 * @param descriptionKey the messages.properties key of its one-line description
 * @param requiredRole the least role that may use it
 * @param inMenu whether it is offered in Telegram's command menu
 * @param leavesConversations whether it may be used in the middle of a conversation (it ends or suspends it)
 * @param usableInConversations whether it runs in the middle of a conversation, which then asks its question again
 * @param registeredOnly whether only a registered participant may use it (others are sent to /start)
 */
public record CommandSpec(String name, String descriptionKey, StaffRole requiredRole, boolean inMenu,
        boolean leavesConversations, boolean registeredOnly, boolean usableInConversations) {

    public static CommandSpec forEveryone(String name, String descriptionKey) {
        return new CommandSpec(name, descriptionKey, StaffRole.PARTICIPANT, true, false, false, false);
    }

    public static CommandSpec forRegistered(String name, String descriptionKey) {
        return new CommandSpec(name, descriptionKey, StaffRole.PARTICIPANT, true, false, true, false);
    }

    public static CommandSpec forRole(StaffRole role, String name, String descriptionKey) {
        return new CommandSpec(name, descriptionKey, role, true, false, false, false);
    }

    public CommandSpec leavingConversations() {
        return new CommandSpec(name, descriptionKey, requiredRole, inMenu, true, registeredOnly, usableInConversations);
    }

    /** Runs in the middle of a conversation (help, say); the conversation's question is asked again after it. */
    public CommandSpec runningInConversations() {
        return new CommandSpec(name, descriptionKey, requiredRole, inMenu, leavesConversations, registeredOnly, true);
    }
}
