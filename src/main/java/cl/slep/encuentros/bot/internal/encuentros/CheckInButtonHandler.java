package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.buttons.ButtonHandler;
import org.springframework.stereotype.Component;

/** The check-in buttons of a coordinator's encuentro: both actions check again that they may manage it. */
@Component
class CheckInButtonHandler implements ButtonHandler<CheckInButtons> {

    private final CheckInQr qr;
    private final ManualCheckIn byHand;

    CheckInButtonHandler(CheckInQr qr, ManualCheckIn byHand) {
        this.qr = qr;
        this.byHand = byHand;
    }

    @Override
    public Class<CheckInButtons> type() {
        return CheckInButtons.class;
    }

    @Override
    public String handle(Incoming in, int messageId, CheckInButtons button) {
        switch (button.action()) {
            case QR -> qr.send(in, button.encuentro());
            case BY_HAND -> byHand.start(in, button.encuentro());
        }
        return null;
    }
}
