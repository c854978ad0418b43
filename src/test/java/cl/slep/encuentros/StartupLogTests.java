package cl.slep.encuentros;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.simulator.StandaloneEmulator;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** What a person sees in the console at start-up: a short block saying where to go, not the framework's chatter. */
@ExtendWith(OutputCaptureExtension.class)
class StartupLogTests {

    private static final Pattern WHERE_TO_GO = Pattern.compile(
            "={64}\\R  Simulador de Telegram listo en \\d+,\\d s\\.\\R  Abre http://127\\.0\\.0\\.1:(\\d+)/simulador en el"
                    + " navegador\\.\\R  Ctrl\\+C lo detiene\\.\\R={64}");
    private static final List<String> ROUTINE = List.of("com.zaxxer.hikari", "org.hibernate", "org.quartz",
            "o.f.core", "org.flywaydb", "JettyWebServer", "o.e.jetty", "org.eclipse.jetty", "LocalDataSourceJobStore", "DispatcherServlet",
            "Started ", "Spring Boot ::");

    @Test
    void theSimulatorSaysWhereToGoWithTheRealPortAndLittleElse(CapturedOutput output) {
        int before = output.length();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EncuentrosApplication.class)
                .run("--server.port=0", "--encuentros.telegram.token=")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String startup = output.toString().substring(before);

            Matcher block = WHERE_TO_GO.matcher(startup);
            assertThat(block.find()).as("start-up block in:%n%s", startup).isTrue();
            assertThat(Integer.parseInt(block.group(1))).isEqualTo(port);
            assertThat(startup).doesNotContain("simulador-local");
            assertThat(startup.lines().filter(line -> ROUTINE.stream().anyMatch(line::contains)))
                    .as("routine framework lines").isEmpty();
            assertThat(startup.lines().count()).as("lines printed at start-up:%n%s", startup).isLessThan(15);
        }
    }

    @Test
    void aRealBotSaysWhoItIsAndHowItReceivesUpdatesButNeverItsToken(CapturedOutput output) {
        try (StandaloneEmulator telegram = StandaloneEmulator.start()) {
            String token = "4200043:AAE-banner-" + Long.toHexString(System.nanoTime());
            String username = telegram.emulator().bot(token).username();
            int before = output.length();
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EncuentrosApplication.class)
                    .run("--server.port=0", "--encuentros.telegram.token=" + token,
                            "--encuentros.telegram.api-url=" + telegram.baseUrl(),
                            "--encuentros.simulator.enabled=false")) {
                Awaitility.await().atMost(Duration.ofSeconds(20))
                        .until(() -> output.toString().substring(before).contains("receiving updates"));
                String startup = output.toString().substring(before);

                assertThat(startup).contains("  Bot @" + username + " receiving updates from Telegram (long polling).")
                        .contains("https://t.me/" + username)
                        .doesNotContain(token.substring(token.indexOf(':') + 1));
                assertThat(startup.lines().filter(line -> ROUTINE.stream().anyMatch(line::contains))).isEmpty();
            }
        }
    }
}
