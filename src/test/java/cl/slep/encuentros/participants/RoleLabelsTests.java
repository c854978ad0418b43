package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The role labels are catalogue data; a person must read exactly what they read when they were in the code. */
class RoleLabelsTests {

    private final RoleLabels labels = new RoleLabels();

    @Test
    void everyRoleHasItsOwnLabelAsPeopleKnowIt() {
        assertThat(Arrays.stream(SchoolRole.values()).map(labels::of)).hasSize(13).doesNotContainNull()
                .doesNotHaveDuplicates();
        assertThat(labels.of(SchoolRole.DIRECTOR)).isEqualTo("Director/a");
        assertThat(labels.of(SchoolRole.JEFE_UTP)).isEqualTo("Jefe/a UTP");
        assertThat(labels.of(SchoolRole.ORIENTADOR)).isEqualTo("Orientador/a");
        assertThat(labels.of(SchoolRole.EPJA)).isEqualTo("EPJA (educación de adultos)");
        assertThat(labels.of(SchoolRole.EDUCACION_ESPECIAL)).isEqualTo("Educación especial");
        assertThat(labels.of(SchoolRole.DOCENTE)).isEqualTo("Docente");
    }

    @Test
    void theCatalogueAndTheExportReadTheSameLabels() {
        PersonalDataJson json = new PersonalDataJson("SLEP Tamarugal", labels::of);
        ParticipantProfile rosa = new ParticipantProfile(1, 42, "Rosa Pérez",
                new EstablishmentView(7, 12345, "Escuela Chipana", "Iquique"), null, SchoolRole.JEFE_UTP,
                List.of(), Instant.EPOCH, Instant.EPOCH, null, true, false, false);

        String written = json.of(rosa, StaffRole.PARTICIPANT, Set.of(), Instant.EPOCH);

        assertThat(written).contains("\"cargo\" : \"Jefe/a UTP\"").contains("\"responsable\" : \"SLEP Tamarugal\"");
    }

    @Test
    void anOrganizationSetToNothingKeepsTheDefaultName() {
        assertThat(new Organization("  ").name()).isEqualTo(Organization.DEFAULT_NAME).isEqualTo("SLEP Iquique");
        assertThat(new Organization(" SLEP Tamarugal ").name()).isEqualTo("SLEP Tamarugal");
    }
}
