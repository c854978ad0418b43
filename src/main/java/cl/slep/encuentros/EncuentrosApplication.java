package cl.slep.encuentros;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EncuentrosApplication {

    public static void main(String[] args) {
        SpringApplication.run(EncuentrosApplication.class, args);
    }
}
