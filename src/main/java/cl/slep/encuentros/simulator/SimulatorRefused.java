package cl.slep.encuentros.simulator;

/** Simulator mode would open data that is not the demo's; {@link SimulatorRefusedAnalyzer} tells the person why. */
class SimulatorRefused extends RuntimeException {

    private final String action;

    SimulatorRefused(String description, String action) {
        super(description);
        this.action = action;
    }

    String action() {
        return action;
    }
}
