package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.slep.encuentros.EncuentrosApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Which addresses reach the simulator's routes, in each run mode; the whole application on loopback. */
class SimulatorRoutesTests {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final RequestPostProcessor FROM_THE_NETWORK = request -> {
        request.setRemoteAddr("10.1.2.3");
        return request;
    };

    @Test
    void withARealTokenTheSimulatorsPagesDoNotExist() throws Exception {
        try (ConfigurableApplicationContext real = start("--encuentros.telegram.token=2000004:routes-test")) {
            assertThat(httpStatus(real, "/simulador/index.html")).isEqualTo(404);
            assertThat(httpStatus(real, "/simulador/simulador.js")).isEqualTo(404);
            assertThat(httpStatus(real, "/simulador/simulador.css")).isEqualTo(404);
            assertThat(httpStatus(real, "/simulador")).isEqualTo(404);
            assertThat(httpStatus(real, "/simulador/api/info")).isEqualTo(404);
            assertThat(httpStatus(real, "/bot1000001:simulador-local/getMe")).isEqualTo(404);

            assertThat(httpStatus(real, "/")).isEqualTo(404);
            assertSpanishNotFound(real);
            assertThat(send(real, "/simulador", "text/html").body()).doesNotContain("/simulador\"");
        }
    }

    @Test
    void theSimulatorAnswersOnlyThisMachine() throws Exception {
        try (ConfigurableApplicationContext simulator = start("--encuentros.telegram.token=")) {
            assertThat(httpStatus(simulator, "/simulador/index.html")).isEqualTo(200);
            assertThat(httpStatus(simulator, "/simulador/simulador.js")).isEqualTo(200);
            assertThat(httpStatus(simulator, "/simulador")).isEqualTo(200);

            HttpResponse<String> home = send(simulator, "/", "text/html");
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/simulador"));
            assertSpanishNotFound(simulator);
            assertThat(send(simulator, "/no-existe", "text/html").body()).contains("href=\"/simulador\"");

            MockMvc mvc = mockMvc(simulator);
            for (String path : List.of("/simulador", "/simulador/index.html", "/simulador/simulador.js",
                    "/simulador/api/info", "/bot1000001:simulador-local/getMe")) {
                mvc.perform(get(path).with(FROM_THE_NETWORK))
                        .andExpect(status().isForbidden())
                        .andExpect(content().string("El simulador solo atiende conexiones desde este mismo equipo.\n"));
            }
            mvc.perform(post("/simulador/api/chats/7300000001/messages").with(FROM_THE_NETWORK)
                            .contentType("application/json").content("{\"text\":\"/start\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/simulador/simulador.js").with(request -> {
                request.setRemoteAddr("::1");
                return request;
            })).andExpect(status().isOk());
        }
    }

    @Test
    void aPublicSimulatorAnswersTheNetworkAndItsBotTokenIsNotTheDocumentedOne() throws Exception {
        try (ConfigurableApplicationContext simulator = start("--encuentros.telegram.token=",
                "--encuentros.simulator.public=true")) {
            MockMvc mvc = mockMvc(simulator);
            mvc.perform(get("/simulador/simulador.js").with(FROM_THE_NETWORK)).andExpect(status().isOk());
            mvc.perform(get("/simulador/api/info").with(FROM_THE_NETWORK)).andExpect(status().isOk());

            String token = simulator.getBean(SimulatorProperties.class).botToken();
            assertThat(token).isNotEqualTo("1000001:simulador-local");
            assertThat(simulator.getEnvironment().getProperty("encuentros.telegram.simulator-token")).isEqualTo(token);
            // What a person types reaches the bot under the random token only.
            mvc.perform(post("/simulador/api/chats/7300000002/messages").with(FROM_THE_NETWORK)
                            .contentType("application/json").content("{\"firstName\":\"Ana\",\"text\":\"hola\"}"))
                    .andExpect(status().isOk());
            mvc.perform(get("/bot" + token + "/getUpdates?timeout=0").with(FROM_THE_NETWORK))
                    .andExpect(content().string(containsString("\"text\":\"hola\"")));
            mvc.perform(get("/bot1000001:simulador-local/getUpdates?timeout=0").with(FROM_THE_NETWORK))
                    .andExpect(content().string(not(containsString("hola"))));
            mvc.perform(get("/bot" + token + "/getMe").with(FROM_THE_NETWORK)).andExpect(status().isOk());
        }
    }

    /** A browser gets a Spanish page and an API client Spanish JSON; neither Spring's English page nor a trace. */
    private static void assertSpanishNotFound(ConfigurableApplicationContext context) throws Exception {
        HttpResponse<String> page = send(context, "/no-existe/<b>x</b>", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"es-CL\">", "Página no encontrada", "No encontramos esta página")
                .doesNotContain("Whitelabel", "Not Found", "no-existe", "<b>x</b>", "Exception");

        HttpResponse<String> json = send(context, "/no-existe", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).isEqualTo("{\"status\":404,\"error\":\"No encontramos esta página. Revisa la dirección.\"}");

        HttpResponse<String> wrongMethod = send(context, "/simulador/api/info", "application/json", "DELETE");
        assertThat(wrongMethod.statusCode()).isIn(404, 405);
        assertThat(wrongMethod.body()).doesNotContain("Whitelabel", "Not Found", "Method Not Allowed", "timestamp");
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext context, String path, String accept)
            throws Exception {
        return send(context, path, accept, "GET");
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext context, String path, String accept,
                                             String method) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path.replace("<", "%3C")
                        .replace(">", "%3E")))
                .header("Accept", accept).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static MockMvc mockMvc(ConfigurableApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .addFilters(context.getBean(LoopbackOnlyFilter.class))
                .build();
    }

    private static int httpStatus(ConfigurableApplicationContext context, String path) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--encuentros.telegram.api-url=http://127.0.0.1:9",
                "--encuentros.intake.enabled=false",
                "--encuentros.messaging.sender-enabled=false"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(EncuentrosApplication.class).run(args.toArray(String[]::new));
    }
}
