package cl.slep.encuentros.participants;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the catalogue comes from beyond what ships in the jar.
 *
 * @param establishmentsCsv path of the official list of establishments ({@code RBD;nombre;comuna}, UTF-8),
 *         from {@code ENCUENTROS_ESTABLISHMENTS_CSV}; imported at every start-up when set, and then the bundled
 *         sample is never loaded, so fictitious establishments do not end up beside the real ones
 */
@ConfigurationProperties("encuentros.catalogue")
record CatalogueProperties(String establishmentsCsv) {

    boolean hasEstablishmentsCsv() {
        return establishmentsCsv != null && !establishmentsCsv.isBlank();
    }
}
