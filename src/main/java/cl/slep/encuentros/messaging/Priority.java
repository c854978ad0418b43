package cl.slep.encuentros.messaging;

/** Order in which queued messages leave: a person's own action first, broadcasts last. */
public enum Priority {
    DIRECT(0),
    REMINDER(1),
    BROADCAST(2);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
