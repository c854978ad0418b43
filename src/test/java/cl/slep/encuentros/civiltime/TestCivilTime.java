package cl.slep.encuentros.civiltime;

import java.time.Clock;

/** A CivilTime as the application configures it, in America/Santiago, for plain unit tests of other modules. */
public final class TestCivilTime {

    private TestCivilTime() {
    }

    public static CivilTime santiago(Clock clock) {
        return new CivilTime(CivilTimeTests.fromApplicationYml(), clock);
    }
}
