package cl.slep.encuentros.participants;

import org.junit.jupiter.api.Test;

/** V9 on H2, as the default deployment runs it. */
class RoleMigrationTests {

    @Test
    void modalitiesBecomeNetworksAndNothingIsLostOnH2() {
        new RoleMigrationCheck("jdbc:h2:mem:roles-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", "h2").modalitiesBecomeNetworksAndNothingIsLost();
    }
}
