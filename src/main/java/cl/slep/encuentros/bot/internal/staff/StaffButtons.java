package cl.slep.encuentros.bot.internal.staff;

import cl.slep.encuentros.bot.internal.buttons.Button;
import cl.slep.encuentros.bot.internal.buttons.ButtonType;
import cl.slep.encuentros.participants.StaffRole;

/** The buttons of /coordinadores. Only admins may press them: the router refuses anyone else. */
sealed interface StaffButtons extends Button {

    @ButtonType(prefix = "sadd", role = StaffRole.ADMIN)
    record AddCoordinator() implements StaffButtons {
    }

    @ButtonType(prefix = "spg", role = StaffRole.ADMIN)
    record ListPage(int page) implements StaffButtons {
    }

    @ButtonType(prefix = "sed", role = StaffRole.ADMIN)
    record EditCoordinator(long coordinator) implements StaffButtons {
    }

    @ButtonType(prefix = "srm", role = StaffRole.ADMIN)
    record RemoveCoordinator(long coordinator) implements StaffButtons {
    }

    @ButtonType(prefix = "srmok", role = StaffRole.ADMIN)
    record RemovalConfirmed(long coordinator) implements StaffButtons {
    }
}
