package cl.slep.encuentros.messaging;

import cl.slep.encuentros.messaging.internal.OutboxStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads how the messages of a correlation went: for delivery reports and for editing what was sent. */
@Service
public class DeliveryReports {

    private final OutboxStore store;

    DeliveryReports(OutboxStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public DeliveryReport report(String correlation) {
        Map<Long, List<OutboxStore.CorrelatedRow>> byChat = new LinkedHashMap<>();
        for (OutboxStore.CorrelatedRow row : store.correlated(correlation)) {
            byChat.computeIfAbsent(row.chatId(), chat -> new ArrayList<>()).add(row);
        }
        List<DeliveryReport.ChatDelivery> chats = byChat.entrySet().stream()
                .map(entry -> chatDelivery(entry.getKey(), entry.getValue()))
                .toList();
        int[] counts = new int[DeliveryStatus.values().length];
        chats.forEach(chat -> counts[chat.status().ordinal()]++);
        return new DeliveryReport(correlation, chats, new DeliveryReport.Summary(
                counts[DeliveryStatus.PENDING.ordinal()], counts[DeliveryStatus.SENT.ordinal()],
                counts[DeliveryStatus.FAILED.ordinal()], counts[DeliveryStatus.UNREACHABLE.ordinal()],
                counts[DeliveryStatus.DROPPED.ordinal()]));
    }

    /** The message of this correlation in this chat, if any was queued. */
    @Transactional(readOnly = true)
    public Optional<DeliveryReport.ChatDelivery> delivery(String correlation, long chatId) {
        List<OutboxStore.CorrelatedRow> rows = store.correlated(correlation, chatId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(chatDelivery(chatId, rows));
    }

    private static DeliveryReport.ChatDelivery chatDelivery(long chatId, List<OutboxStore.CorrelatedRow> parts) {
        OutboxStore.CorrelatedRow last = parts.get(parts.size() - 1);
        if (parts.stream().anyMatch(part -> part.status() == DeliveryStatus.PENDING)) {
            return new DeliveryReport.ChatDelivery(chatId, DeliveryStatus.PENDING, null, null);
        }
        return parts.stream()
                .filter(part -> part.status() != DeliveryStatus.SENT)
                .findFirst()
                .map(unsent -> new DeliveryReport.ChatDelivery(chatId, unsent.status(), null, null))
                .orElseGet(() -> new DeliveryReport.ChatDelivery(chatId, DeliveryStatus.SENT,
                        last.telegramMessageId(), last.sentAt()));
    }
}
