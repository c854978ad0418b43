package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.encuentros.CheckIns;
import cl.slep.encuentros.encuentros.EncuentroStatus;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.messaging.BotIdentity;
import cl.slep.encuentros.messaging.Envelope;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * [Código QR]: the encuentro's check-in deep link as a picture to project. Sent as a photo, not a document, so it
 * shows in the chat at once, ready to open full screen on the projector; a two-colour 1024 px code survives
 * Telegram's recompression (photos are kept up to 1280 px), and error correction M tolerates the rest.
 */
@Component
class CheckInQr {

    /** Large enough that each module is several projector pixels wide, small enough for a quick upload. */
    static final int SIZE = 1024;
    /** The standard's own quiet zone, in modules: a projected code against a dark slide still reads. */
    private static final int QUIET_ZONE = 4;

    private final Encuentros encuentros;
    private final CheckIns checkIns;
    private final BotIdentity identity;
    private final CivilTime civilTime;
    private final Replies replies;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    CheckInQr(Encuentros encuentros, CheckIns checkIns, BotIdentity identity, CivilTime civilTime, Replies replies,
            Outbox outbox, Texts texts, Clock clock) {
        this.encuentros = encuentros;
        this.checkIns = checkIns;
        this.identity = identity;
        this.civilTime = civilTime;
        this.replies = replies;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    /** From a button or command of the coordinator's: the reply's key comes from the update, so a retry sends once. */
    void send(Incoming in, long encuentroId) {
        Code code = code(in.userId(), encuentroId);
        if (code.refusal() != null) {
            replies.text(in, code.refusal());
        } else {
            replies.photo(in, code.fileName(), code.caption(), code.png());
        }
    }

    /** Where no update is at hand: the key is the moment, so each request sends its own picture. */
    void send(long chatId, long actorTelegramId, long encuentroId) {
        Code code = code(actorTelegramId, encuentroId);
        String key = "checkin-qr:" + encuentroId + ":" + chatId + ":" + clock.millis();
        if (code.refusal() != null) {
            outbox.enqueue(new OutgoingMessage.Text(chatId, code.refusal()), Priority.DIRECT, key);
        } else {
            outbox.enqueue(Envelope.of(new OutgoingMessage.Photo(chatId, code.fileName(), code.caption()),
                    Priority.DIRECT, Priority.DIRECT.defaultCategory(), key).withAttachment(code.png()));
        }
    }

    /** The deep link the code holds, or empty while the bot's username is unknown. */
    Optional<String> link(EncuentroView encuentro) {
        return identity.username().map(username -> "https://t.me/" + username + "?start="
                + encuentro.checkInCode().startPayload());
    }

    /** A QR code of the text, as a PNG. */
    static byte[] png(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, SIZE, SIZE, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the code can still let people in: published and not over. Its button is offered only then. */
    static boolean stillWorks(EncuentroView encuentro, Instant now) {
        return encuentro.status() == EncuentroStatus.PUBLISHED && now.isBefore(encuentro.endInstant());
    }

    private Code code(long actorTelegramId, long encuentroId) {
        Optional<EncuentroView> found = encuentros.find(encuentroId);
        if (found.isEmpty() || !encuentros.mayManage(actorTelegramId, encuentroId)) {
            return Code.refused(texts.get("checkin.not_yours"));
        }
        EncuentroView encuentro = found.get();
        if (encuentro.status() == EncuentroStatus.ENDED
                || (encuentro.status() == EncuentroStatus.PUBLISHED && !clock.instant().isBefore(encuentro.endInstant()))) {
            return Code.refused(texts.get("checkin.qr.ended"));
        }
        if (encuentro.status() != EncuentroStatus.PUBLISHED) {
            return Code.refused(texts.get("checkin.qr.not_published"));
        }
        Optional<String> link = link(encuentro);
        if (link.isEmpty()) {
            return Code.refused(texts.get("checkin.qr.no_username"));
        }
        String caption = texts.get("checkin.qr.caption", Texts.html(Texts.shorten(encuentro.title(), 200)),
                civilTime.formatRange(encuentro.start(), encuentro.end()), civilTime.format(checkIns.opensAt(encuentro)),
                civilTime.format(encuentro.end()), link.get());
        return new Code(null, texts.get("checkin.qr.file_name", String.valueOf(encuentro.id())), caption,
                png(link.get()));
    }

    private record Code(String refusal, String fileName, String caption, byte[] png) {

        static Code refused(String refusal) {
            return new Code(refusal, null, null, null);
        }
    }
}
