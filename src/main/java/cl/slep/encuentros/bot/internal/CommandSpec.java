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
 * @param inNewcomerMenu whether the menu of someone not registered (the bot's default menu) offers it
 * @param staffWithoutRegistration whether coordinators and admins who never registered as participants may use a
 *        registered-only command too (it serves them as staff: /encuentros lists what they manage)
 */
public record CommandSpec(String name, String descriptionKey, StaffRole requiredRole, boolean inMenu,
        boolean leavesConversations, boolean registeredOnly, boolean usableInConversations, boolean inNewcomerMenu,
        boolean staffWithoutRegistration) {

    public CommandSpec(String name, String descriptionKey, StaffRole requiredRole, boolean inMenu,
            boolean leavesConversations, boolean registeredOnly, boolean usableInConversations,
            boolean inNewcomerMenu) {
        this(name, descriptionKey, requiredRole, inMenu, leavesConversations, registeredOnly, usableInConversations,
                inNewcomerMenu, false);
    }

    /** Not in the newcomers' menu. */
    public CommandSpec(String name, String descriptionKey, StaffRole requiredRole, boolean inMenu,
            boolean leavesConversations, boolean registeredOnly, boolean usableInConversations) {
        this(name, descriptionKey, requiredRole, inMenu, leavesConversations, registeredOnly, usableInConversations,
                false);
    }

    public static CommandSpec forEveryone(String name, String descriptionKey) {
        return new CommandSpec(name, descriptionKey, StaffRole.PARTICIPANT, true, false, false, false, false);
    }

    public static CommandSpec forRegistered(String name, String descriptionKey) {
        return new CommandSpec(name, descriptionKey, StaffRole.PARTICIPANT, true, false, true, false, false);
    }

    public static CommandSpec forRole(StaffRole role, String name, String descriptionKey) {
        return new CommandSpec(name, descriptionKey, role, true, false, false, false, false);
    }

    public CommandSpec leavingConversations() {
        return new CommandSpec(name, descriptionKey, requiredRole, inMenu, true, registeredOnly, usableInConversations,
                inNewcomerMenu, staffWithoutRegistration);
    }

    /** Runs in the middle of a conversation (help, say); the conversation's question is asked again after it. */
    public CommandSpec runningInConversations() {
        return new CommandSpec(name, descriptionKey, requiredRole, inMenu, leavesConversations, registeredOnly, true,
                inNewcomerMenu, staffWithoutRegistration);
    }

    /** Offered in the menu of people not registered yet, who need little more than the way in and help. */
    public CommandSpec offeredToNewcomers() {
        return new CommandSpec(name, descriptionKey, requiredRole, inMenu, leavesConversations, registeredOnly,
                usableInConversations, true, staffWithoutRegistration);
    }

    /** Registered-only, except for coordinators and admins, registered or not. */
    public CommandSpec alsoForUnregisteredStaff() {
        return new CommandSpec(name, descriptionKey, requiredRole, inMenu, leavesConversations, registeredOnly,
                usableInConversations, inNewcomerMenu, true);
    }

    /** Whether someone of this role, registered or not, may use it (the role's own minimum aside). */
    public boolean usableBy(StaffRole role, boolean registered) {
        return registered || !registeredOnly || staffWithoutRegistration && role.atLeast(StaffRole.COORDINATOR);
    }
}
