package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.buttons.Button;
import cl.slep.encuentros.bot.internal.buttons.ButtonType;
import cl.slep.encuentros.participants.StaffRole;

/** [Código QR] and [Marcar presente] under an encuentro's attendance; the action checks who may manage it. */
@ButtonType(prefix = "chk", role = StaffRole.COORDINATOR)
record CheckInButtons(long encuentro, Action action) implements Button {

    enum Action { QR, BY_HAND }
}
