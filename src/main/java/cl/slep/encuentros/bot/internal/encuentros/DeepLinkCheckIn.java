package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.RegistrationFollowUp;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.StartPayloadHandler;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.conversation.ConversationEngine;
import cl.slep.encuentros.encuentros.CheckInCode;
import cl.slep.encuentros.encuentros.CheckInOutcome;
import cl.slep.encuentros.encuentros.CheckInResult;
import cl.slep.encuentros.encuentros.CheckIns;
import cl.slep.encuentros.encuentros.EncuentroStatus;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The QR code's deep link, {@code /start ci_<code>}: a registered person is checked in on the spot, also in the
 * middle of another conversation (the router then asks its question again). Someone not registered yet is
 * registered first: the code waits in {@link PendingCheckIns} (so a restart does not lose it) until the
 * registration completes, and is used then. The engine is lazy: registration, one of its flows, calls back here.
 */
@Component
class DeepLinkCheckIn implements StartPayloadHandler, RegistrationFollowUp {

    private final CheckIns checkIns;
    private final Participants participants;
    private final PendingCheckIns pending;
    private final CheckInReplies answers;
    private final ConversationEngine conversations;
    private final Replies replies;
    private final Texts texts;
    private final Clock clock;

    DeepLinkCheckIn(CheckIns checkIns, Participants participants, PendingCheckIns pending, CheckInReplies answers,
            @Lazy ConversationEngine conversations, Replies replies, Texts texts, Clock clock) {
        this.checkIns = checkIns;
        this.participants = participants;
        this.pending = pending;
        this.answers = answers;
        this.conversations = conversations;
        this.replies = replies;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public boolean accepts(String payload) {
        return CheckInCode.isCheckInPayload(payload);
    }

    @Override
    public boolean handle(Incoming in, String payload) {
        Optional<ParticipantProfile> person = participants.findByTelegramUserId(in.userId());
        if (person.isPresent()) {
            replies.text(in, answers.of(checkIns.checkIn(payload, person.get().id())));
            return false;
        }
        Optional<EncuentroView> encuentro = checkIns.encuentroOf(payload);
        boolean usable = encuentro.isPresent() && encuentro.get().status() == EncuentroStatus.PUBLISHED
                && clock.instant().isBefore(encuentro.get().endInstant());
        if (!usable) {
            // Refused now, not after a registration that could not end in a check-in; /start greets them as usual.
            replies.text(in, encuentro.isEmpty() ? texts.get("checkin.invalid")
                    : answers.of(new CheckInResult(encuentro.get().status() == EncuentroStatus.CANCELLED
                            ? CheckInOutcome.CANCELLED : CheckInOutcome.CLOSED, encuentro.get().id(), null, false)));
            return !conversations.isActive(in.chatId());
        }
        pending.remember(in.userId(), encuentro.get().checkInCode(), encuentro.get().endInstant());
        String title = Texts.html(encuentro.get().title());
        if (conversations.isActive(in.chatId())) {
            replies.text(in, texts.get("checkin.finish_registration", title));
            return false;
        }
        replies.text(in, texts.get("checkin.register_first", title));
        return true;
    }

    @Override
    public void registered(Incoming in) {
        Optional<CheckInCode> code = pending.take(in.userId());
        Optional<ParticipantProfile> person = participants.findByTelegramUserId(in.userId());
        if (code.isPresent() && person.isPresent()) {
            replies.text(in, answers.of(checkIns.checkIn(code.get().value(), person.get().id())));
        }
    }

    @Override
    public void declined(Incoming in) {
        pending.forget(in.userId());
    }
}
