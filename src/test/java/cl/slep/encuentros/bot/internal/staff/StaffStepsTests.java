package cl.slep.encuentros.bot.internal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.bot.internal.Incoming.ForwardOrigin;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.YesNo;
import cl.slep.encuentros.bot.internal.conversation.TextInput;
import cl.slep.encuentros.bot.internal.conversation.Transition;
import cl.slep.encuentros.participants.NetworkView;
import cl.slep.encuentros.participants.StaffCandidate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The staff flow's steps as plain functions. */
class StaffStepsTests {

    private final StaffSteps steps = new StaffSteps(Texts.fromBundles(),
            () -> List.of(new NetworkView(1, "DIRECTORES", "Red de Directores", ""), new NetworkView(2, "UTP", "Red UTP", "")),
            id -> "Persona " + id, id -> new StaffCandidate(id, false, id == 555 ? Set.of(2L) : Set.of()), () -> "1000001",
            (query, limit) -> List.of());

    @Test
    void anIdWithSpacesOrAForwardNamesThePersonWithTheNetworksTheyCoordinate() {
        assertThat(steps.who().onText(StaffDraft.empty(), TextInput.of(" 5 55 ", 1)))
                .isInstanceOfSatisfying(Transition.Complete.class, complete -> {
                    StaffDraft draft = (StaffDraft) complete.state();
                    assertThat(draft.target()).isEqualTo(555L);
                    assertThat(draft.networks()).containsExactly(2L);
                    assertThat(draft.editing()).isTrue();
                });
        TextInput forward = new TextInput("hola", Optional.of(new ForwardOrigin(ForwardOrigin.Kind.USER, 777L, false)), 1);
        assertThat(steps.who().onText(StaffDraft.empty(), forward))
                .isInstanceOfSatisfying(Transition.Complete.class,
                        complete -> assertThat(((StaffDraft) complete.state()).editing()).isFalse());
    }

    @Test
    void badIdsHiddenForwardsBotsAndThisBotAreExplained() {
        for (String typed : List.of("-100123", "abc", "0", "99999999999999999", "1000001")) {
            assertThat(steps.who().onText(StaffDraft.empty(), TextInput.of(typed, 1)))
                    .as(typed).isInstanceOfSatisfying(Transition.Stay.class, stay -> assertThat(stay.reprompt()).isTrue());
        }
        TextInput hidden = new TextInput("x", Optional.of(new ForwardOrigin(ForwardOrigin.Kind.HIDDEN_USER, null, false)), 1);
        assertThat(steps.who().onText(StaffDraft.empty(), hidden)).isInstanceOf(Transition.Stay.class);
    }

    @Test
    void theConfirmationSavesOrGoesBackToTheNetworks() {
        StaffDraft draft = StaffDraft.empty().about(new StaffCandidate(777, false, Set.of())).withNetworks(Set.of(1L));

        assertThat(steps.confirm().prompt(draft, 4).html()).contains("Persona 777", "Red de Directores");
        assertThat(steps.confirm().onTap(draft, new YesNo(4, true))).isInstanceOf(Transition.Complete.class);
        assertThat(steps.confirm().onTap(draft, new YesNo(4, false)))
                .isInstanceOfSatisfying(Transition.Go.class, go -> assertThat(go.step()).isEqualTo("networks"));
    }
}
