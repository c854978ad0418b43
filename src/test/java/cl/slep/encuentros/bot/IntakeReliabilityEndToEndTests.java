package cl.slep.encuentros.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.RecordedCall;
import cl.slep.encuentros.simulator.SimulatedUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ExtendWith(OutputCaptureExtension.class)
class IntakeReliabilityEndToEndTests extends BotEndToEndTest {

    private static final String TOKEN = newToken();

    static {
        // A Bot API server that lacks setMyCommands: the bot must log it and carry on.
        bot(TOKEN).faults().failNext("setMyCommands", 1, 404, "Not Found", null);
    }

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        connectTo(registry, TOKEN);
    }

    /** A command whose handler fails, as a bug in any handler would. */
    @TestConfiguration
    static class FailingCommand {
        @Bean
        BotCommand failingCommand() {
            return new BotCommand() {
                @Override
                public CommandSpec spec() {
                    return new CommandSpec("fallar", "command.ayuda.description",
                            cl.slep.encuentros.participants.StaffRole.PARTICIPANT, false, false, false);
                }

                @Override
                public void handle(Incoming in, String argument) {
                    throw new IllegalStateException("simulated handler bug");
                }
            };
        }
    }

    private final EmulatedBot telegram = bot(TOKEN);

    @Test
    void anUpdateDeliveredTwiceIsHandledOnce() {
        SimulatedUser ana = newUser("Ana");
        long help = telegram.userSends(ana, "/ayuda");
        eventually().until(() -> telegram.botMessages(ana.id()).size() == 1);

        telegram.redeliver(help);
        telegram.userSends(ana, "/cancelar");

        List<ChatMessage> replies = eventually().until(() -> telegram.botMessages(ana.id()), m -> m.size() >= 2);
        eventually().until(() -> telegram.pendingUpdates() == 0);
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).text()).contains("Esto es lo que puedes hacer");
        assertThat(replies.get(1).text()).contains("No hay nada en curso que cancelar");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_update WHERE update_id = ?", Integer.class, help))
                .isEqualTo(1);
    }

    @Test
    void aFailingHandlerApologisesAndTheNextUpdateIsStillHandled(CapturedOutput output) {
        SimulatedUser pedro = newUser("Pedro");

        long failing = telegram.userSends(pedro, "/fallar");
        telegram.userSends(pedro, "/ayuda");

        List<ChatMessage> replies = eventually().until(() -> telegram.botMessages(pedro.id()), m -> m.size() == 2);
        assertThat(replies.get(0).text()).startsWith("Perdón, tuve un problema");
        assertThat(replies.get(1).text()).contains("Esto es lo que puedes hacer");
        assertThat(jdbc.queryForObject("SELECT status FROM inbox_update WHERE update_id = ?", String.class, failing))
                .isEqualTo("FAILED");
        assertThat(output.getAll()).contains("Handling update " + failing + " failed")
                .contains("simulated handler bug");
    }

    @Test
    void aServerWithoutSetMyCommandsIsNotFatal() {
        SimulatedUser luis = newUser("Luis");
        telegram.userSends(luis, "/ayuda");
        eventually().until(() -> telegram.botMessages(luis.id()).size() == 1);

        assertThat(telegram.calls("setMyCommands")).extracting(RecordedCall::httpStatus).containsExactly(404);
        assertThat(telegram.commands()).isEmpty();
    }

    @Test
    void theTokenNeverReachesTheLog(CapturedOutput output) {
        SimulatedUser rosa = newUser("Rosa");
        telegram.userSends(rosa, "/start");
        eventually().until(() -> telegram.botMessages(rosa.id()).size() == 2);

        String secret = TOKEN.substring(TOKEN.indexOf(':') + 1);
        assertThat(output.getAll()).isNotEmpty().doesNotContain(secret);
    }
}
