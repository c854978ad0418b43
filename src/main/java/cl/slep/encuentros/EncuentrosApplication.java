package cl.slep.encuentros;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
// Shared modules may be used by every module without being listed in its allowed dependencies.
@Modulithic(sharedModules = {"civiltime", "runmode"})
public class EncuentrosApplication {

    public static void main(String[] args) {
        SpringApplication.run(EncuentrosApplication.class, args);
    }
}
