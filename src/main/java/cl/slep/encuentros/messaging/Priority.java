package cl.slep.encuentros.messaging;

/**
 * Order in which queued messages leave: a person's own action first, reminders next, bulk (broadcasts) last.
 * Only the order: whether a person's choices let a message through is its {@link Category}.
 */
public enum Priority {
    DIRECT(0, Category.ESSENTIAL),
    REMINDER(1, Category.ESSENTIAL),
    BULK(2, Category.OPTIONAL);

    private final int rank;
    private final Category defaultCategory;

    Priority(int rank, Category defaultCategory) {
        this.rank = rank;
        this.defaultCategory = defaultCategory;
    }

    public int rank() {
        return rank;
    }

    /** The category of a message queued without one, as the outbox behaved before categories existed. */
    public Category defaultCategory() {
        return defaultCategory;
    }
}
