package cl.slep.encuentros.participants;

import java.util.List;

/**
 * What a person does at their establishment; it pre-selects the networks that usually fit. The names are stored;
 * how a person reads them is {@link Catalogue#roleLabel(SchoolRole)}.
 */
public enum SchoolRole {
    DIRECTOR(List.of("DIRECTORES")),
    JEFE_UTP(List.of("UTP")),
    COORDINADOR_PIE(List.of("PIE")),
    CONVIVENCIA(List.of("CONVIVENCIA")),
    ORIENTADOR(List.of("CONVIVENCIA")),
    INSPECTOR_GENERAL(List.of("CONVIVENCIA")),
    ENCARGADO_CRA(List.of("CRA")),
    COORDINADOR_ENLACES(List.of("ENLACES")),
    EPJA(List.of("EPJA")),
    TP(List.of("TP")),
    EDUCACION_ESPECIAL(List.of("ESPECIAL", "PIE")),
    DOCENTE(List.of()),
    OTRO(List.of());

    private final List<String> defaultNetworkCodes;

    SchoolRole(List<String> defaultNetworkCodes) {
        this.defaultNetworkCodes = defaultNetworkCodes;
    }

    public List<String> defaultNetworkCodes() {
        return defaultNetworkCodes;
    }
}
