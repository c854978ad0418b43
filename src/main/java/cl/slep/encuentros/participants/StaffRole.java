package cl.slep.encuentros.participants;

/** What a person may do with the bot beyond taking part. */
public enum StaffRole {
    PARTICIPANT,
    COORDINATOR,
    ADMIN;

    public boolean atLeast(StaffRole required) {
        return ordinal() >= required.ordinal();
    }
}
