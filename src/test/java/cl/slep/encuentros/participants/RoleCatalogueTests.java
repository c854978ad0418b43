package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The roles come from catalogue/roles.csv: what a person is offered, in what order, and what a mistake does. */
class RoleCatalogueTests {

    private final RoleCatalogue roles = new RoleCatalogue();

    @Test
    void theBundledFileOffersTheWholeCatalogueInItsOrderAndNoModalityAsARole() {
        assertThat(roles.all()).extracting(RoleView::label).containsExactly("Director/a", "Subdirector/a",
                "Jefe/a UTP", "Inspector/a general", "Encargado/a de convivencia", "Orientador/a", "Psicólogo/a",
                "Trabajador/a social", "Coordinador/a PIE", "Educador/a diferencial", "Encargado/a CRA",
                "Coordinador/a Enlaces", "Educador/a de párvulos", "Docente", "Otro");
        assertThat(roles.all()).extracting(RoleView::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                13, 14, 15);
        assertThat(roles.all()).extracting(view -> view.role().code())
                .doesNotContain("EPJA", "TP", "EDUCACION_ESPECIAL").contains("DIRECTOR", "JEFE_UTP", "OTRO");
        assertThat(roles.of(SchoolRole.of("EDUCADOR_PARVULOS")).orElseThrow().networkCodes())
                .containsExactly("PARVULARIA");
        assertThat(roles.of(SchoolRole.of("DOCENTE")).orElseThrow().networkCodes()).isEmpty();
        assertThat(roles.at(1).orElseThrow().role()).isEqualTo(SchoolRole.of("DIRECTOR"));
        assertThat(roles.at(0)).isEmpty();
        assertThat(roles.at(16)).isEmpty();
    }

    @Test
    void everySuggestedNetworkIsANetworkOfTheCatalogue() throws IOException {
        Set<String> networks;
        try (Reader reader = new InputStreamReader(new ClassPathResource(CatalogueLoader.NETWORKS).getInputStream(),
                StandardCharsets.UTF_8)) {
            networks = SemicolonCsv.read(reader).stream().map(line -> line.fields().get(0)).collect(Collectors.toSet());
        }
        assertThat(networks).contains("PARVULARIA", "EPJA", "TP", "ESPECIAL");
        assertThat(roles.all()).flatExtracting(RoleView::networkCodes).isSubsetOf(networks);
    }

    @Test
    void aMistakeInTheFileStopsTheStartUpNamingTheLine() {
        assertThatThrownBy(() -> parse("DIRECTOR;Director/a;DIRECTORES\n"))
                .hasMessageContaining("must offer OTRO");
        assertThatThrownBy(() -> parse("DIRECTOR;Director/a;\nDIRECTOR;Directivo/a;\nOTRO;Otro;\n"))
                .hasMessageContaining("line 2").hasMessageContaining("repeats");
        assertThatThrownBy(() -> parse("director general;Director/a;\nOTRO;Otro;\n"))
                .hasMessageContaining("line 1").hasMessageContaining("code");
        assertThatThrownBy(() -> parse("# comentario\nDIRECTOR\nOTRO;Otro;\n")).hasMessageContaining("line 2");
    }

    @Test
    void aRoleWithoutNetworksMayLeaveTheLastColumnOut() {
        RoleCatalogue two = parse("# code;label;networks\nSUBDIRECTOR;Subdirector/a\nOTRO;Otro;\n");

        assertThat(two.all()).containsExactly(
                new RoleView(SchoolRole.of("SUBDIRECTOR"), 1, "Subdirector/a", List.of()),
                new RoleView(SchoolRole.OTHER, 2, "Otro", List.of()));
        assertThat(two.label(SchoolRole.of("DIRECTOR"))).as("a role taken out of the file").isEqualTo("DIRECTOR");
    }

    @Test
    void aRoleIsAPlainStringInJsonSoConversationsSavedWithTheOldEnumStillRead() throws IOException {
        ObjectMapper json = new ObjectMapper();

        assertThat(json.writeValueAsString(SchoolRole.of("JEFE_UTP"))).isEqualTo("\"JEFE_UTP\"");
        assertThat(json.readValue("\"DIRECTOR\"", SchoolRole.class)).isEqualTo(SchoolRole.of("DIRECTOR"));
        assertThatThrownBy(() -> SchoolRole.of("Jefe UTP")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExportNamesTheRoleAndWhatThePersonWroteForOther() {
        PersonalDataJson json = new PersonalDataJson("SLEP Tamarugal", roles::label, roles::label,
                ZoneId.of("America/Santiago"));
        Instant consent = Instant.parse("2026-05-04T13:00:00Z");
        ParticipantProfile rosa = new ParticipantProfile(1, 42, "Rosa Pérez",
                new EstablishmentView(7, 12345, "Escuela Chipana", "Iquique"), null, SchoolRole.of("JEFE_UTP"),
                List.of(), consent, consent, null, true, false, false);
        ParticipantProfile tomas = new ParticipantProfile(2, 43, "Tomás Vega", null, "Escuela Nueva",
                SchoolRole.OTHER, "Fonoaudiólogo", List.of(), consent, consent, null, true, false, false);

        String written = json.of(rosa, StaffRole.COORDINATOR, List.of("Red UTP"), Instant.parse("2026-11-25T16:00:00Z"));
        String other = json.of(tomas, StaffRole.PARTICIPANT, List.of(), Instant.parse("2026-11-25T16:00:00Z"));

        assertThat(written).contains("\"cargo\" : \"Jefe/a UTP\"").doesNotContain("cargo_indicado")
                .contains("\"responsable\" : \"SLEP Tamarugal\"")
                .contains("\"rol_en_el_bot\" : \"coordinación de redes\"").contains("\"coordina_redes\" : [ \"Red UTP\" ]")
                .contains("\"consentimiento_otorgado_el\" : \"2026-05-04T09:00-04:00\"")
                .contains("\"generado_el\" : \"2026-11-25T13:00-03:00\"");
        assertThat(other).contains("\"cargo\" : \"Otro\"").contains("\"cargo_indicado\" : \"Fonoaudiólogo\"");
    }

    @Test
    void whatSomeoneWritesAsTheirRoleIsCleanedLikeANameAndLimited() {
        assertThat(RoleOther.normalise("  Fonoaudi\u200Bóloga \u202E ")).contains("Fonoaudióloga");
        assertThat(RoleOther.normalise("Asistente   de la\neducación")).contains("Asistente de la educación");
        assertThat(RoleOther.normalise("ab")).isEmpty();
        assertThat(RoleOther.normalise("123")).isEmpty();
        assertThat(RoleOther.normalise("\u3164\u3164\u3164")).isEmpty();
        assertThat(RoleOther.normalise("x".repeat(61))).isEmpty();
        assertThat(RoleOther.normalise("x".repeat(60))).isPresent();
    }

    @Test
    void anOrganizationSetToNothingKeepsTheDefaultName() {
        assertThat(new Organization("  ").name()).isEqualTo(Organization.DEFAULT_NAME).isEqualTo("SLEP Iquique");
        assertThat(new Organization(" SLEP Tamarugal ").name()).isEqualTo("SLEP Tamarugal");
    }

    private static RoleCatalogue parse(String csv) {
        return new RoleCatalogue(new StringReader(csv));
    }
}
