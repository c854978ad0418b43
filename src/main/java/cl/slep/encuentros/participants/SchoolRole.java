package cl.slep.encuentros.participants;

import java.util.List;

/** What a person does at their establishment; it pre-selects the networks that usually fit. */
public enum SchoolRole {
    DIRECTOR("Director/a", List.of("DIRECTORES")),
    JEFE_UTP("Jefe/a UTP", List.of("UTP")),
    COORDINADOR_PIE("Coordinador/a PIE", List.of("PIE")),
    CONVIVENCIA("Encargado/a de convivencia", List.of("CONVIVENCIA")),
    ORIENTADOR("Orientador/a", List.of("CONVIVENCIA")),
    INSPECTOR_GENERAL("Inspector/a general", List.of("CONVIVENCIA")),
    ENCARGADO_CRA("Encargado/a CRA", List.of("CRA")),
    COORDINADOR_ENLACES("Coordinador/a Enlaces", List.of("ENLACES")),
    EPJA("EPJA (educación de adultos)", List.of("EPJA")),
    TP("Técnico profesional", List.of("TP")),
    EDUCACION_ESPECIAL("Educación especial", List.of("ESPECIAL", "PIE")),
    DOCENTE("Docente", List.of()),
    OTRO("Otro", List.of());

    private final String label;
    private final List<String> defaultNetworkCodes;

    SchoolRole(String label, List<String> defaultNetworkCodes) {
        this.label = label;
        this.defaultNetworkCodes = defaultNetworkCodes;
    }

    /** How a person reads it (Spanish). */
    public String label() {
        return label;
    }

    public List<String> defaultNetworkCodes() {
        return defaultNetworkCodes;
    }
}
