package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.participants.StaffRole;

/**
 * @param name the command without the slash, as typed (Spanish)
 * @param descriptionKey the messages.properties key of its one-line description
 * @param requiredRole the least role that may use it
 * @param inMenu whether it is offered in Telegram's command menu
 */
public record CommandSpec(String name, String descriptionKey, StaffRole requiredRole, boolean inMenu) {

    public static CommandSpec forEveryone(String name, String descriptionKey) {
        return new CommandSpec(name, descriptionKey, StaffRole.PARTICIPANT, true);
    }
}
