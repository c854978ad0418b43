package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
        PersonalDataJson json = new PersonalDataJson("SLEP Tamarugal", labels::of, labels::of,
                java.time.ZoneId.of("America/Santiago"));
        Instant consent = Instant.parse("2026-05-04T13:00:00Z");
        ParticipantProfile rosa = new ParticipantProfile(1, 42, "Rosa Pérez",
                new EstablishmentView(7, 12345, "Escuela Chipana", "Iquique"), null, SchoolRole.JEFE_UTP,
                List.of(), consent, consent, null, true, false, false);

        String written = json.of(rosa, StaffRole.COORDINATOR, List.of("Red UTP"), Instant.parse("2026-11-25T16:00:00Z"));

        assertThat(written).contains("\"cargo\" : \"Jefe/a UTP\"").contains("\"responsable\" : \"SLEP Tamarugal\"")
                .contains("\"rol_en_el_bot\" : \"coordinación de redes\"").contains("\"coordina_redes\" : [ \"Red UTP\" ]")
                .contains("\"consentimiento_otorgado_el\" : \"2026-05-04T09:00-04:00\"")
                .contains("\"generado_el\" : \"2026-11-25T13:00-03:00\"");
    }

    @Test
    void anOrganizationSetToNothingKeepsTheDefaultName() {
        assertThat(new Organization("  ").name()).isEqualTo(Organization.DEFAULT_NAME).isEqualTo("SLEP Iquique");
        assertThat(new Organization(" SLEP Tamarugal ").name()).isEqualTo("SLEP Tamarugal");
    }
}
