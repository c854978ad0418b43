package cl.slep.encuentros.runmode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Whether this run talks to the built-in emulator, as {@link SimulatorModeCondition} decides it. */
@Component
public class RunMode {

    private final boolean simulator;

    @Autowired
    RunMode(Environment environment) {
        this(SimulatorModeCondition.isSimulatorMode(environment));
    }

    public RunMode(boolean simulator) {
        this.simulator = simulator;
    }

    public boolean simulator() {
        return simulator;
    }
}
