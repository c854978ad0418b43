package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.buttons.Button;
import cl.slep.encuentros.bot.internal.buttons.ButtonType;
import cl.slep.encuentros.participants.StaffRole;

/**
 * The coordinator's menu of one encuentro (from /encuentros). The handler checks, on every tap, that the person may
 * still manage that encuentro: the button only names it.
 */
sealed interface ManageButtons extends Button {

    long encuentro();

    /** Opens the menu of an encuentro from the coordinator's list (a new message). */
    @ButtonType(prefix = "emop", role = StaffRole.COORDINATOR)
    record Open(long encuentro) implements ManageButtons {
    }

    /** Back to the menu from a question asked in its place (edits the message). */
    @ButtonType(prefix = "embk", role = StaffRole.COORDINATOR)
    record Back(long encuentro) implements ManageButtons {
    }

    @ButtonType(prefix = "emed", role = StaffRole.COORDINATOR)
    record Edit(long encuentro) implements ManageButtons {
    }

    /** Publishes a saved draft. */
    @ButtonType(prefix = "empu", role = StaffRole.COORDINATOR)
    record Publish(long encuentro) implements ManageButtons {
    }

    /** Asks before cancelling an encuentro (or discarding a draft). */
    @ButtonType(prefix = "emca", role = StaffRole.COORDINATOR)
    record AskCancel(long encuentro) implements ManageButtons {
    }

    @ButtonType(prefix = "emcy", role = StaffRole.COORDINATOR)
    record ConfirmCancel(long encuentro) implements ManageButtons {
    }
}
