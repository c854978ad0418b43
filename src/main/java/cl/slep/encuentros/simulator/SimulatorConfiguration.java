package cl.slep.encuentros.simulator;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The emulator bean, in simulator mode only. */
@Configuration(proxyBeanMethods = false)
@SimulatorMode
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorConfiguration implements WebMvcConfigurer {

    @Bean
    BotApiEmulator botApiEmulator(ObjectProvider<Clock> clock, SimulatorProperties properties) {
        return new BotApiEmulator(clock.getIfUnique(Clock::systemUTC), properties.rateLimits(), properties.capacity());
    }

    /**
     * The framework's multipart handling, except for the emulator's paths: there {@link ApiRequestReader} parses
     * the parts itself, so that a broken or oversized upload is answered in Telegram's JSON instead of failing
     * before the controller is reached.
     */
    @Bean(DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    MultipartResolver multipartResolver() {
        return new StandardServletMultipartResolver() {
            @Override
            public boolean isMultipart(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return !path.startsWith("/bot") && super.isMultipart(request);
            }
        };
    }

    @Bean
    SimulatorSafetyCheck simulatorSafetyCheck(Environment environment, SimulatorProperties properties) {
        return new SimulatorSafetyCheck(environment, properties);
    }

    @Bean
    LoopbackOnlyFilter simulatorLoopbackOnlyFilter(Environment environment) {
        return new LoopbackOnlyFilter(SimulatorEnvironment.isPublic(environment));
    }

    /** Outside {@code static/}, so that the web chat's files are not served at all when the bot is real. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/simulador/**").addResourceLocations("classpath:/simulador-web/");
    }
}
