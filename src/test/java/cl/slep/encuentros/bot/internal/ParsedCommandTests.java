package cl.slep.encuentros.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParsedCommandTests {

    @Test
    void readsNameAndArgument() {
        var parsed = CommandRegistry.ParsedCommand.parse("/start invitacion_42");
        assertThat(parsed.name()).isEqualTo("start");
        assertThat(parsed.argument()).isEqualTo("invitacion_42");
    }

    @Test
    void dropsTheBotNameAndIgnoresCase() {
        var parsed = CommandRegistry.ParsedCommand.parse("/Ayuda@encuentros_bot");
        assertThat(parsed.name()).isEqualTo("ayuda");
        assertThat(parsed.argument()).isEmpty();
        assertThat(parsed.bot()).isEqualTo("encuentros_bot");
    }

    @Test
    void aCommandWithoutABotNamesNone() {
        var parsed = CommandRegistry.ParsedCommand.parse("/cancelar ahora@mismo");
        assertThat(parsed.bot()).isEmpty();
        assertThat(parsed.argument()).isEqualTo("ahora@mismo");
    }
}
