package cl.slep.encuentros.simulator;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** One short block in the console, in the words of the person who started the application, not a stack trace. */
class SimulatorRefusedAnalyzer extends AbstractFailureAnalyzer<SimulatorRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SimulatorRefused cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), null);
    }
}
