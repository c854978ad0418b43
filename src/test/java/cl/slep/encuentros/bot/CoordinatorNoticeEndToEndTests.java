package cl.slep.encuentros.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.SimulatedUser;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An admin names a coordinator whose chat refuses the bot: the admin hears that the notice did not arrive. */
class CoordinatorNoticeEndToEndTests extends BotEndToEndTest {

    private static final String TOKEN = newToken();
    private static final SimulatedUser ADMIN = newUser("Amanda");

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        connectTo(registry, TOKEN);
        registry.add("encuentros.admins", () -> String.valueOf(ADMIN.id()));
    }

    private final EmulatedBot telegram = bot(TOKEN);

    @Test
    void theAdminIsToldWhenTheNoticeToTheNewCoordinatorIsRefused() {
        SimulatedUser ester = newUser("Ester");
        new RegistrationDriver(telegram, ester).registersAsDirector("Ester Vargas");
        telegram.faults().blockChat(ester.id());
        RegistrationDriver admin = new RegistrationDriver(telegram, ADMIN);

        admin.says("/coordinadores");
        admin.taps("Agregar coordinador/a");
        admin.awaitLastContaining("Reenvíame un mensaje");
        admin.says(String.valueOf(ester.id()));
        admin.awaitLastContaining("¿Qué redes coordinará");
        admin.taps("Red PIE");
        admin.awaitLatest(message -> message.button("✅ Red PIE").isPresent());
        admin.taps("Listo");
        admin.taps("Confirmar");
        admin.awaitAny(message -> message.text().contains("ahora coordina"));

        ChatMessage told = admin.awaitAny(message -> message.text().startsWith("No pude avisarle"));
        assertThat(told.text()).isEqualTo("No pude avisarle a Ester Vargas que ahora coordina Red PIE: Telegram no me "
                + "deja escribirle (bloqueó el bot o nunca le ha escrito). Pídele que abra el bot y escriba /start; "
                + "desde entonces verá sus comandos de coordinación.");
        assertThat(telegram.calls("sendMessage")).anySatisfy(call -> {
            assertThat(call.chatId()).isEqualTo(ester.id());
            assertThat(call.httpStatus()).isEqualTo(403);
        });

        // Naming her again while her chat is known to be unreachable: the admin is told at once, once.
        long toldBefore = toldCount();
        admin.says("/coordinadores");
        admin.taps("Cambiar redes de Ester");
        admin.awaitLastContaining("¿Qué redes coordinará");
        admin.taps("Red CRA");
        admin.awaitLatest(message -> message.button("✅ Red CRA").isPresent());
        admin.taps("Listo");
        admin.taps("Confirmar");
        eventually().until(this::toldCount, count -> count == toldBefore + 1);
        assertThat(admin.awaitAny(message -> message.text().contains("que ahora coordina Red PIE, Red CRA")))
                .isNotNull();
    }

    private long toldCount() {
        return telegram.botMessages(ADMIN.id()).stream()
                .filter(message -> message.text() != null && message.text().startsWith("No pude avisarle")).count();
    }
}
