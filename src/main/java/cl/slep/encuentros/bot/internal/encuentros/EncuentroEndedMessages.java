package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.encuentros.Attendance;
import cl.slep.encuentros.encuentros.AttendanceCounts;
import cl.slep.encuentros.encuentros.EncuentroEnded;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.messaging.Category;
import cl.slep.encuentros.messaging.Envelope;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an encuentro ends, the coordinator who created it gets how many came, with the attendance one tap away
 * (the reflection survey will hang on the same event). Nobody else is told: it is over for them.
 */
@Component
class EncuentroEndedMessages {

    private final Encuentros encuentros;
    private final Attendance attendance;
    private final Outbox outbox;
    private final Texts texts;

    EncuentroEndedMessages(Encuentros encuentros, Attendance attendance, Outbox outbox, Texts texts) {
        this.encuentros = encuentros;
        this.attendance = attendance;
        this.outbox = outbox;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(EncuentroEnded ended) {
        Optional<EncuentroView> found = encuentros.find(ended.encuentroId());
        if (found.isEmpty() || found.get().createdBy() == null) {
            return;
        }
        EncuentroView encuentro = found.get();
        long coordinator = encuentro.createdBy();
        if (!encuentros.mayManage(coordinator, encuentro.id())) {
            // No longer coordinating that network: the attendance is someone else's now.
            return;
        }
        AttendanceCounts counts = attendance.summary(coordinator, encuentro.id()).overall();
        outbox.enqueue(Envelope.of(new OutgoingMessage.Text(coordinator, texts.get("ended.coordinator",
                        Texts.html(encuentro.title()), counts.present(), counts.yes(), counts.guests()),
                        InlineKeyboard.of(ButtonCodec.inline(texts.get("manage.button.attendance"),
                                new AttendanceButtons(encuentro.id())))),
                Priority.REMINDER, Category.ESSENTIAL, "ended:" + encuentro.id()));
    }
}
