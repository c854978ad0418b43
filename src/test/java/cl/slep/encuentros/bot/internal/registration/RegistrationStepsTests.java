package cl.slep.encuentros.bot.internal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.EstablishmentChoice;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.FieldChoice;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.NetworkToggle;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.NotListed;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.PickerDone;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.ProfileField;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.RoleChoice;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.YesNo;
import cl.slep.encuentros.bot.internal.conversation.Prompt;
import cl.slep.encuentros.bot.internal.conversation.TextInput;
import cl.slep.encuentros.bot.internal.conversation.Transition;
import cl.slep.encuentros.participants.EstablishmentView;
import cl.slep.encuentros.participants.NetworkView;
import cl.slep.encuentros.participants.RoleView;
import cl.slep.encuentros.participants.SchoolRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Registration's steps as plain functions: no Spring, no database. */
class RegistrationStepsTests {

    private static final Instant NOW = Instant.parse("2026-04-10T12:00:00Z");
    private static final EstablishmentView CHIPANA = new EstablishmentView(7, 12345, "Escuela Chipana", "Iquique");
    private static final List<NetworkView> NETWORKS = List.of(
            new NetworkView(1, "DIRECTORES", "Red de Directores", ""), new NetworkView(2, "UTP", "Red UTP", ""),
            new NetworkView(3, "CRA", "Red CRA", ""));
    private static final SchoolRole DIRECTOR = SchoolRole.of("DIRECTOR");
    private static final List<RoleView> ROLES = List.of(
            new RoleView(DIRECTOR, 1, "Director/a", List.of("DIRECTORES")),
            new RoleView(SchoolRole.of("JEFE_UTP"), 2, "Jefe/a UTP", List.of("UTP")),
            new RoleView(SchoolRole.of("DOCENTE"), 3, "Docente", List.of()),
            new RoleView(SchoolRole.OTHER, 4, "Otro", List.of()));

    private final RegistrationSteps steps = new RegistrationSteps(Texts.fromBundles(),
            new CatalogueView((query, limit) -> query.contains("chip") ? List.of(CHIPANA) : List.of(),
                    id -> id == CHIPANA.id() ? Optional.of(CHIPANA) : Optional.empty(), () -> NETWORKS,
                    () -> ROLES),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final RegistrationDraft empty = RegistrationDraft.empty();

    @Test
    void acceptingTheNoticeRecordsWhenAndDecliningAbandons() {
        Transition<RegistrationDraft> accepted = steps.consent().onTap(empty, new YesNo(3, true));
        Transition<RegistrationDraft> declined = steps.consent().onTap(empty, new YesNo(3, false));

        assertThat(accepted).isInstanceOfSatisfying(Transition.Complete.class,
                complete -> assertThat(((RegistrationDraft) complete.state()).consentAt()).isEqualTo(NOW));
        assertThat(declined).isInstanceOfSatisfying(Transition.Abandon.class,
                abandon -> assertThat(abandon.message()).contains("no guardé ningún dato tuyo"));
        assertThat(steps.consent().onText(empty, TextInput.of("sí", 3))).isInstanceOf(Transition.Stay.class);
    }

    @Test
    void aNameIsCheckedAndNormalised() {
        assertThat(steps.name().onText(empty, TextInput.of("R", 1)))
                .isInstanceOfSatisfying(Transition.Stay.class, stay -> assertThat(stay.problem()).contains("muy corto"));
        assertThat(steps.name().onText(empty, TextInput.of("Rosa 123", 1)))
                .isInstanceOfSatisfying(Transition.Stay.class, stay -> assertThat(stay.problem()).contains("solo puede tener letras"));
        assertThat(steps.name().onText(empty, TextInput.of("Rosa", 1)))
                .isInstanceOfSatisfying(Transition.Stay.class, stay -> assertThat(stay.problem()).contains("nombre y apellido"));
        assertThat(steps.name().onText(empty, TextInput.of("\u3164 \u3164", 1)))
                .isInstanceOfSatisfying(Transition.Stay.class, stay -> assertThat(stay.problem()).contains("muy corto"));
        assertThat(steps.name().onText(empty, TextInput.of("Ro\u200bsa\u202e Mu\u0301ñoz", 1)))
                .isInstanceOfSatisfying(Transition.Complete.class,
                        complete -> assertThat(((RegistrationDraft) complete.state()).name()).isEqualTo("Rosa Múñoz"));
        assertThat(steps.name().onText(empty, TextInput.of("  rosa   muñoz ", 1)))
                .isInstanceOfSatisfying(Transition.Complete.class,
                        complete -> assertThat(((RegistrationDraft) complete.state()).name()).isEqualTo("rosa muñoz"));
    }

    @Test
    void aSearchSendsResultsWithTheTurnOfTheQuestionAndAPickCompletesTheStep() {
        Transition<RegistrationDraft> search = steps.establishment().onText(empty, TextInput.of("chipana", 42));

        assertThat(search).isInstanceOfSatisfying(Transition.Stay.class, stay -> {
            Prompt results = stay.extra();
            assertThat(results.html()).contains("Encontré estos establecimientos para «chipana»");
            assertThat(results.keyboard().rows().get(0).get(0).callbackData()).isEqualTo("es1:42:7");
            assertThat(results.keyboard().rows().get(1).get(0).text()).isEqualTo("No está en la lista");
        });
        assertThat(steps.establishment().onTap(empty, new EstablishmentChoice(42, 7)))
                .isInstanceOfSatisfying(Transition.Complete.class, complete -> {
                    assertThat(((RegistrationDraft) complete.state()).establishmentId()).isEqualTo(7L);
                    assertThat(complete.chosen()).isEqualTo("Escuela Chipana");
                });
        assertThat(steps.establishment().onTap(empty, new EstablishmentChoice(42, 999)))
                .isInstanceOf(Transition.Stay.class);
        assertThat(steps.establishment().onTap(empty, new NotListed(42)))
                .isInstanceOfSatisfying(Transition.Go.class, go -> assertThat(go.step()).isEqualTo("estfree"));
    }

    @Test
    void aLongSearchIsEchoedBackShortened() {
        String pasted = "escuela ".repeat(500);

        Transition<RegistrationDraft> search = steps.establishment().onText(empty, TextInput.of(pasted, 1));

        assertThat(search).isInstanceOfSatisfying(Transition.Stay.class,
                stay -> assertThat(stay.extra().html()).hasSizeLessThan(400).contains("…"));
    }

    @Test
    void theRolesAreTheCataloguesInItsOrderEachButtonCarryingItsPlace() {
        Prompt prompt = steps.role().prompt(empty, 5);

        assertThat(prompt.keyboard().rows()).hasSize(2);
        assertThat(prompt.keyboard().rows()).flatExtracting(row -> row).extracting(button -> button.text())
                .containsExactly("Director/a", "Jefe/a UTP", "Docente", "Otro");
        assertThat(prompt.keyboard().rows().get(1).get(1).callbackData()).isEqualTo("ro1:5:4");
    }

    @Test
    void aRoleNoLongerInTheCatalogueIsRefusedAndAskedAgain() {
        assertThat(steps.role().onTap(empty, new RoleChoice(5, 99))).isInstanceOfSatisfying(Transition.Stay.class,
                stay -> {
                    assertThat(stay.problem()).isEqualTo("Ese cargo ya no está en la lista. Elige uno de estos, por favor.");
                    assertThat(stay.reprompt()).isTrue();
                    assertThat(stay.state()).isNull();
                });
    }

    @Test
    void otherAsksWhichOneAndKeepsItCleaned() {
        Transition<RegistrationDraft> other = steps.role().onTap(empty, new RoleChoice(5, 4));
        RegistrationDraft chosen = ((Transition.Complete<RegistrationDraft>) other).state();

        assertThat(chosen.role()).isEqualTo(SchoolRole.OTHER);
        assertThat(steps.roleOther().prompt(chosen, 6).html()).startsWith("¿Cuál es tu <b>cargo</b>?");
        assertThat(steps.roleOther().onText(chosen, TextInput.of("ab", 6))).isInstanceOfSatisfying(
                Transition.Stay.class, stay -> assertThat(stay.problem()).contains("entre 3 y 60 caracteres"));
        assertThat(steps.roleOther().onText(chosen, TextInput.of("  Fono​audióloga  ", 6)))
                .isInstanceOfSatisfying(Transition.Complete.class, complete -> assertThat(
                        ((RegistrationDraft) complete.state()).roleOther()).isEqualTo("Fonoaudióloga"));
        RegistrationDraft written = chosen.withRoleOther("Fonoaudióloga");
        assertThat(steps.summaryText(written)).contains("Cargo: Fonoaudióloga");
        RegistrationDraft changedAgain = ((Transition.Complete<RegistrationDraft>) steps.role()
                .onTap(written, new RoleChoice(7, 3))).state();
        assertThat(changedAgain.roleOther()).as("only Otro keeps a written role").isNull();
    }

    @Test
    void aRolePreselectsItsNetworksUnlessThePersonIsCorrectingThem() {
        Transition<RegistrationDraft> chosen = steps.role().onTap(empty, new RoleChoice(5, 1));
        RegistrationDraft correcting = empty.withNetworks(Set.of(3L)).correcting();
        Transition<RegistrationDraft> corrected = steps.role().onTap(correcting, new RoleChoice(5, 2));

        assertThat(chosen).isInstanceOfSatisfying(Transition.Complete.class, complete -> {
            assertThat(((RegistrationDraft) complete.state()).role()).isEqualTo(DIRECTOR);
            assertThat(((RegistrationDraft) complete.state()).networks()).containsExactly(1L);
            assertThat(complete.chosen()).isEqualTo("Director/a");
        });
        assertThat(corrected).isInstanceOfSatisfying(Transition.Complete.class,
                complete -> assertThat(((RegistrationDraft) complete.state()).networks()).containsExactly(3L));
    }

    @Test
    void networksToggleAndListoNeedsOne() {
        RegistrationDraft none = empty.withNetworks(Set.of());

        assertThat(steps.networks().onTap(none, new PickerDone(2)))
                .isInstanceOfSatisfying(Transition.Stay.class, stay -> assertThat(stay.problem()).isEqualTo("Elige al menos una red."));
        assertThat(steps.networks().onTap(none, new NetworkToggle(2, 3)))
                .isInstanceOfSatisfying(Transition.Stay.class, stay -> {
                    assertThat(stay.refresh()).isTrue();
                    assertThat(((RegistrationDraft) stay.state()).networks()).containsExactly(3L);
                });
        assertThat(steps.networks().onTap(none, new NetworkToggle(2, 99))).isInstanceOf(Transition.Stay.class);
        assertThat(steps.networks().prompt(empty.withNetworks(Set.of(2L)), 2).keyboard().rows())
                .extracting(row -> row.get(0).text())
                .containsExactly("⬜ Red de Directores", "✅ Red UTP", "⬜ Red CRA", "Listo ✔");
    }

    @Test
    void aFreeTextEstablishmentLosesInvisibleCharacters() {
        assertThat(steps.establishmentNotListed().onText(empty, TextInput.of("\u202eEscuela\u200b  Nueva ", 1)))
                .isInstanceOfSatisfying(Transition.Complete.class, complete -> assertThat(
                        ((RegistrationDraft) complete.state()).establishmentFreeText()).isEqualTo("Escuela Nueva"));
    }

    @Test
    void aDraftSavedBeforeRolesCameFromTheCatalogueIsStillRead() throws Exception {
        String saved = """
                {"consentAt":"2026-04-10T12:00:00Z","name":"Ana Pérez","establishmentId":7,
                 "establishmentFreeText":null,"role":"JEFE_UTP","networks":[2],"fixing":false,"editing":null}
                """;
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules();

        RegistrationDraft draft = json.readValue(saved, RegistrationDraft.class);

        assertThat(draft.role()).isEqualTo(SchoolRole.of("JEFE_UTP"));
        assertThat(draft.roleOther()).isNull();
        assertThat(json.writeValueAsString(draft)).contains("\"role\":\"JEFE_UTP\"");
    }

    @Test
    void aDraftWhoseRoleLeftTheCatalogueAsksTheRoleAgainInsteadOfConfirming() {
        RegistrationDraft old = new RegistrationDraft(NOW, "Ana Pérez", 7L, null, SchoolRole.of("EPJA"), null,
                Set.of(1L), false, null);

        assertThat(steps.summary().onTap(old, new YesNo(9, true))).isInstanceOfSatisfying(Transition.Go.class, go -> {
            assertThat(go.step()).isEqualTo("role");
            assertThat(((RegistrationDraft) go.state()).fixing()).isTrue();
        });
    }

    @Test
    void theSummaryConfirmsOrGoesToTheFieldToFix() {
        RegistrationDraft full = new RegistrationDraft(NOW, "Ana Pérez", null, "Escuela Nueva",
                SchoolRole.of("DOCENTE"), null, Set.of(3L, 1L), false, null);

        assertThat(steps.summary().prompt(full, 9).html()).contains("Ana Pérez", "Escuela Nueva (por confirmar)",
                "Docente", "Red de Directores, Red CRA");
        assertThat(steps.summary().onTap(full, new YesNo(9, true))).isInstanceOf(Transition.Complete.class);
        assertThat(steps.summary().onTap(full, new YesNo(9, false)))
                .isInstanceOfSatisfying(Transition.Go.class, go -> assertThat(((RegistrationDraft) go.state()).fixing()).isTrue());
        assertThat(steps.fix().onTap(full, new FieldChoice(10, ProfileField.ROLE)))
                .isInstanceOfSatisfying(Transition.Go.class, go -> assertThat(go.step()).isEqualTo("role"));
        assertThat(steps.fix().prompt(full, 10).keyboard().rows()).last()
                .satisfies(row -> assertThat(row.get(0).text()).isEqualTo("Nada, volver"));
        assertThat(steps.fix().onTap(full, new YesNo(10, false)))
                .isInstanceOfSatisfying(Transition.Go.class, go -> assertThat(go.step()).isEqualTo("summary"));
    }
}
