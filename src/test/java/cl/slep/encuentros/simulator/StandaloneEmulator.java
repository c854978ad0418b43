package cl.slep.encuentros.simulator;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jetty.autoconfigure.servlet.JettyServletWebServerAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Bot API emulator alone, on a free port of 127.0.0.1, for tests that need a Telegram to talk to.
 * Tests of the bot share one per JVM ({@link #shared()}) and keep apart by each using its own bot token.
 *
 * <p>It imports only the web auto-configuration it needs instead of excluding what it does not: it starts in
 * about a second, and a starter added to the project later (security, say) cannot change how it behaves.
 */
public final class StandaloneEmulator implements AutoCloseable {

    private static StandaloneEmulator shared;

    private final ConfigurableApplicationContext context;
    private final BotApiEmulator emulator;
    private final int port;

    private StandaloneEmulator(ConfigurableApplicationContext context) {
        this.context = context;
        this.emulator = context.getBean(BotApiEmulator.class);
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A new emulator of its own; close it when done. */
    public static StandaloneEmulator start() {
        return start(new String[0]);
    }

    private static StandaloneEmulator start(String[] settings) {
        String[] arguments = java.util.stream.Stream.concat(java.util.stream.Stream.of(
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--encuentros.simulator.enabled=true",
                        "--spring.main.banner-mode=off",
                        "--spring.jmx.enabled=false",
                        "--spring.servlet.multipart.max-file-size=50MB",
                        "--spring.servlet.multipart.max-request-size=51MB",
                        "--spring.servlet.multipart.file-size-threshold=64KB",
                        // Every test class uses tokens of its own, many more than a demo's cap of 100.
                        "--encuentros.simulator.capacity.max-bots=100000"), java.util.Arrays.stream(settings))
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(EmulatorApp.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                // Command-line arguments, so that they win over the project's application.yml.
                .run(arguments);
        return new StandaloneEmulator(context);
    }

    /**
     * An emulator in a JVM of its own, for tests that measure it under a small heap: prints {@code PORT=<n>} when
     * it listens and stops when its standard input closes, that is, when the test that started it is gone.
     * Arguments are settings, as on a command line ({@code --encuentros.simulator.capacity.max-bots=5}).
     */
    public static void main(String[] args) throws java.io.IOException {
        try (StandaloneEmulator emulator = start(args)) {
            System.out.println("PORT=" + emulator.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }

    /** The one emulator of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized StandaloneEmulator shared() {
        if (shared == null || !shared.context.isActive()) {
            StandaloneEmulator started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "simulador-shutdown"));
            shared = started;
        }
        return shared;
    }

    public BotApiEmulator emulator() {
        return emulator;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Where TelegramBots' client and long polling should point to talk to this emulator. */
    public TelegramUrl telegramUrl() {
        return new TelegramUrl("http", "127.0.0.1", port, false);
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * Deliberately neither {@code @SpringBootConfiguration} nor {@code @Configuration}: either would let the
     * project's own {@code @SpringBootTest}s find it by scanning (two boot configurations, or this one mixed
     * into theirs). As a primary source it is processed all the same.
     */
    @ImportAutoConfiguration({
            PropertyPlaceholderAutoConfiguration.class,
            ConfigurationPropertiesAutoConfiguration.class,
            TaskExecutionAutoConfiguration.class,
            JettyServletWebServerAutoConfiguration.class,
            DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class,
            ErrorMvcAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class,
            JacksonAutoConfiguration.class,
            HttpEncodingAutoConfiguration.class,
            MultipartAutoConfiguration.class})
    @ComponentScan(basePackageClasses = BotApiEmulator.class,
            // Only the simulator itself: not test classes of this package, nor this class.
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                    pattern = ".*(Test|Tests|IT|Benchmark|StandaloneEmulator)(\\$.*)?"))
    static class EmulatorApp {
    }
}
