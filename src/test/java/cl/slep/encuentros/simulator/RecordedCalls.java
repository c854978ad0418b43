package cl.slep.encuentros.simulator;

import java.time.Instant;
import java.util.List;

/** Figures tests and benchmarks read from the calls an emulated bot recorded. */
public final class RecordedCalls {

    private RecordedCalls() {
    }

    /** The most calls within any window of one second (sliding, from each call). */
    public static int mostInOneSecond(List<RecordedCall> calls) {
        List<Instant> times = calls.stream().map(RecordedCall::at).sorted().toList();
        int most = 0;
        int end = 0;
        for (int begin = 0; begin < times.size(); begin++) {
            Instant limit = times.get(begin).plusSeconds(1);
            while (end < times.size() && times.get(end).isBefore(limit)) {
                end++;
            }
            most = Math.max(most, end - begin);
        }
        return most;
    }
}
