package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.buttons.Button;
import cl.slep.encuentros.bot.internal.buttons.ButtonType;
import cl.slep.encuentros.participants.StaffRole;

/** An encuentro chosen in /asistencia; the handler checks that the person may manage it. */
@ButtonType(prefix = "asis", role = StaffRole.COORDINATOR)
record AttendanceButtons(long encuentro) implements Button {
}
