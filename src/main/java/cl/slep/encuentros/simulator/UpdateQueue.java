package cl.slep.encuentros.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The updates of one bot that Telegram would hold for it: kept until a getUpdates offset confirms them,
 * handed to at most one long-polling request at a time, or refused while a webhook is set.
 * A waiting request holds no thread: it is a future completed by whoever adds an update, or by the timer.
 */
final class UpdateQueue {

    record Update(long id, String type, Map<String, Object> json) {
    }

    private record Waiter(int limit, CompletableFuture<ApiAnswer> answer, ScheduledFuture<?>[] timeout) {
    }

    private record Wake(Waiter waiter, ApiAnswer answer) {
        void run() {
            if (waiter.timeout()[0] != null) {
                waiter.timeout()[0].cancel(false);
            }
            waiter.answer().complete(answer);
        }
    }

    static final String CONFLICT_OTHER_REQUEST =
            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";
    static final String CONFLICT_WEBHOOK =
            "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";
    private static final int MAX_HISTORY = 200_000;
    private static final int MAX_TIMEOUT_SECONDS = 100;

    private final ScheduledExecutorService timer;
    private final TreeMap<Long, Update> pending = new TreeMap<>();
    private final LinkedHashMap<Long, Update> history = new LinkedHashMap<>();
    /** Grows across reset(): a bot that keeps polling through a test's reset must never see ids go back. */
    private long lastId = 700_000_000L + ThreadLocalRandom.current().nextInt(1_000, 90_000);
    private Set<String> allowed;
    private Waiter waiter;
    private String webhookUrl = "";
    private String webhookSecret;
    private int webhookMaxConnections = 40;
    private List<String> webhookAllowed;

    UpdateQueue(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Adds an update and hands it to a waiting getUpdates at once. Returns its update_id. */
    long add(String type, Map<String, Object> payload) {
        Wake wake;
        long id;
        synchronized (this) {
            id = ++lastId;
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("update_id", id);
            json.put(type, payload);
            Update update = new Update(id, type, Collections.unmodifiableMap(json));
            history.put(id, update);
            if (history.size() > MAX_HISTORY) {
                Iterator<Long> oldest = history.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            // Telegram does not even store updates of a type the bot said it does not want.
            if (isAllowed(type)) {
                pending.put(id, update);
            }
            wake = wakeWaiter();
        }
        if (wake != null) {
            wake.run();
        }
        return id;
    }

    synchronized Update find(long updateId) {
        return history.get(updateId);
    }

    /** Puts an update back with its own update_id, as after a crash before the offset was confirmed. */
    void redeliver(long updateId) {
        Wake wake;
        synchronized (this) {
            Update update = history.get(updateId);
            if (update == null) {
                throw new IllegalArgumentException("no update with id " + updateId);
            }
            pending.put(updateId, update);
            wake = wakeWaiter();
        }
        if (wake != null) {
            wake.run();
        }
    }

    CompletableFuture<ApiAnswer> getUpdates(Long offset, Integer limit, Integer timeoutSeconds, List<String> allowedUpdates) {
        int max = limit == null || limit < 1 ? 100 : Math.min(limit, 100);
        int timeout = timeoutSeconds == null ? 0 : Math.max(0, Math.min(timeoutSeconds, MAX_TIMEOUT_SECONDS));
        Waiter previous;
        CompletableFuture<ApiAnswer> result;
        synchronized (this) {
            if (!webhookUrl.isEmpty()) {
                return CompletableFuture.completedFuture(ApiAnswer.error(409, CONFLICT_WEBHOOK));
            }
            if (allowedUpdates != null) {
                allowed = allowedUpdates.isEmpty() ? null : Set.copyOf(allowedUpdates);
            }
            confirm(offset);
            previous = waiter;
            waiter = null;
            List<Map<String, Object>> batch = collect(max);
            if (!batch.isEmpty() || timeout == 0) {
                result = CompletableFuture.completedFuture(ApiAnswer.ok(batch));
            } else {
                Waiter w = new Waiter(max, new CompletableFuture<>(), new ScheduledFuture<?>[1]);
                w.timeout()[0] = timer.schedule(() -> expire(w), timeout, TimeUnit.SECONDS);
                waiter = w;
                result = w.answer();
            }
        }
        if (previous != null) {
            new Wake(previous, ApiAnswer.error(409, CONFLICT_OTHER_REQUEST)).run();
        }
        return result;
    }

    private void expire(Waiter w) {
        synchronized (this) {
            if (waiter != w) {
                return;
            }
            waiter = null;
        }
        w.answer().complete(ApiAnswer.ok(List.of()));
    }

    private void confirm(Long offset) {
        if (offset == null || offset == 0) {
            return;
        }
        if (offset > 0) {
            pending.headMap(offset).clear();
        } else {
            while (pending.size() > -offset) {
                pending.pollFirstEntry();
            }
        }
    }

    /**
     * Everything waiting, whatever allowed_updates says now: Telegram applies a change of allowed_updates to
     * updates created after it ("doesn't affect updates created before the call"), so none already stored is lost.
     */
    private List<Map<String, Object>> collect(int max) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (Iterator<Update> it = pending.values().iterator(); it.hasNext() && batch.size() < max; ) {
            batch.add(it.next().json());
        }
        return batch;
    }

    private boolean isAllowed(String type) {
        return allowed == null || allowed.contains(type);
    }

    private Wake wakeWaiter() {
        if (waiter == null) {
            return null;
        }
        List<Map<String, Object>> batch = collect(waiter.limit());
        if (batch.isEmpty()) {
            return null;
        }
        Waiter w = waiter;
        waiter = null;
        return new Wake(w, ApiAnswer.ok(batch));
    }

    synchronized boolean hasWaiter() {
        return waiter != null;
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    void setWebhook(String url, String secret, Integer maxConnections, List<String> allowedUpdates, boolean dropPending) {
        Waiter previous;
        synchronized (this) {
            webhookUrl = url;
            webhookSecret = secret;
            webhookMaxConnections = maxConnections == null ? 40 : maxConnections;
            webhookAllowed = allowedUpdates;
            if (allowedUpdates != null) {
                allowed = allowedUpdates.isEmpty() ? null : Set.copyOf(allowedUpdates);
            }
            if (dropPending) {
                pending.clear();
            }
            previous = url.isEmpty() ? null : waiter;
            if (previous != null) {
                waiter = null;
            }
        }
        if (previous != null) {
            new Wake(previous, ApiAnswer.error(409, "Conflict: terminated by setWebhook request")).run();
        }
    }

    synchronized void deleteWebhook(boolean dropPending) {
        webhookUrl = "";
        webhookSecret = null;
        webhookAllowed = null;
        if (dropPending) {
            pending.clear();
        }
    }

    synchronized String webhookUrl() {
        return webhookUrl;
    }

    synchronized String webhookSecret() {
        return webhookSecret;
    }

    synchronized Map<String, Object> webhookInfo() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("url", webhookUrl);
        info.put("has_custom_certificate", false);
        info.put("pending_update_count", pending.size());
        if (!webhookUrl.isEmpty()) {
            info.put("max_connections", webhookMaxConnections);
            if (webhookAllowed != null) {
                info.put("allowed_updates", webhookAllowed);
            }
        }
        return info;
    }

    /** Forgets everything but the last update_id; a waiting getUpdates gets an empty answer. */
    void reset() {
        Waiter previous;
        synchronized (this) {
            pending.clear();
            history.clear();
            allowed = null;
            webhookUrl = "";
            webhookSecret = null;
            webhookAllowed = null;
            previous = waiter;
            waiter = null;
        }
        if (previous != null) {
            new Wake(previous, ApiAnswer.ok(List.of())).run();
        }
    }
}
