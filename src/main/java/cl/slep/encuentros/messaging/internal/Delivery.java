package cl.slep.encuentros.messaging.internal;

/** What Telegram made of one outbox row. */
sealed interface Delivery {

    record Sent(Integer messageId) implements Delivery {
    }

    /** 429: wait this long, then try again. */
    record TooManyRequests(int retryAfterSeconds, String description) implements Delivery {
    }

    /** 403: blocked by the user, deactivated, kicked. */
    record Unreachable(String description) implements Delivery {
    }

    /** 4xx that another try will not fix. */
    record Rejected(int errorCode, String description) implements Delivery {
    }

    /** 5xx or a network error: try again later. */
    record Transient(String description) implements Delivery {
    }
}
