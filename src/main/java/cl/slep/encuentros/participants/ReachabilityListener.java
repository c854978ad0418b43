package cl.slep.encuentros.participants;

import cl.slep.encuentros.messaging.ChatReachableAgain;
import cl.slep.encuentros.messaging.ChatUnreachable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps a participant's reachability in step with what Telegram told the sender (private chat id = user id). */
@Component
class ReachabilityListener {

    private final ParticipantRepository participants;

    ReachabilityListener(ParticipantRepository participants) {
        this.participants = participants;
    }

    @ApplicationModuleListener
    void on(ChatUnreachable event) {
        participants.findByTelegramUserId(event.chatId()).ifPresent(p -> p.markReachable(false));
    }

    @ApplicationModuleListener
    void on(ChatReachableAgain event) {
        participants.findByTelegramUserId(event.chatId()).ifPresent(p -> p.markReachable(true));
    }
}
