package cl.slep.encuentros.bot.internal.encuentros;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parsers against a fixed clock: Wednesday 1 April 2026, 09:00 in Santiago. */
class EncuentroParsersTests {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final Clock CLOCK = Clock.fixed(
            ZonedDateTime.parse("2026-04-01T09:00:00-03:00[America/Santiago]").toInstant(), SANTIAGO);
    private static final StartParser START = new StartParser(CLOCK, SANTIAGO, Duration.ofMinutes(10));
    private static final LocalDateTime NINE = LocalDateTime.parse("2026-04-10T09:00");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10/04 9:00                  | 2026-04-10T09:00
            10-04-2026 09:00            | 2026-04-10T09:00
            10/04/2026 9:00             | 2026-04-10T09:00
            10/4/26 9:00                | 2026-04-10T09:00
            viernes 10 de abril 9:00    | 2026-04-10T09:00
            Viernes 10 de Abril, 9:00   | 2026-04-10T09:00
            jueves 9 de abril a las 9   | 2026-04-09T09:00
            miércoles 8 de abril 15:30  | 2026-04-08T15:30
            miercoles 8 de abril 15:30  | 2026-04-08T15:30
            10 de abril de 2026 9:00    | 2026-04-10T09:00
            10 abr 9:00                 | 2026-04-10T09:00
            mañana 15:30                | 2026-04-02T15:30
            manana 15.30                | 2026-04-02T15:30
            MAÑANA 15:30 hrs            | 2026-04-02T15:30
            hoy 16:00                   | 2026-04-01T16:00
            hoy a las 16                | 2026-04-01T16:00
            pasado mañana 10:00         | 2026-04-03T10:00
            10/04 9.00                  | 2026-04-10T09:00
            10/04 9 hrs                 | 2026-04-10T09:00
            10/04 09:00 hrs             | 2026-04-10T09:00
            10/04 9h30                  | 2026-04-10T09:30
            10/04 3 pm                  | 2026-04-10T15:00
            10/04 3 p.m.                | 2026-04-10T15:00
            7 de septiembre 9:00        | 2026-09-07T09:00
            7 de setiembre 9:00         | 2026-09-07T09:00
            15/02 9:00                  | 2027-02-15T09:00
            29 de febrero 10:00         | 2028-02-29T10:00
            hoy 8:55                    | 2026-04-01T08:55
            """)
    void readsADateAndStartTimeAsPeopleInChileTypeThem(String typed, LocalDateTime expected) {
        Parsed<LocalDateTime, StartProblem> parsed = START.parse(typed);

        assertThat(parsed.problem()).as(typed).isNull();
        assertThat(parsed.value()).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            el próximo jueves           | UNREADABLE
            10/04                       | TIME_MISSING
            mañana                      | TIME_MISSING
            31/02 9:00                  | NO_SUCH_DATE
            10/13 9:00                  | NO_SUCH_DATE
            30 de febrero 9:00          | NO_SUCH_DATE
            10 de abrill 9:00           | UNREADABLE
            juevs 9 de abril 9:00       | UNREADABLE
            10/04 25:00                 | NO_SUCH_TIME
            10/04 9:75                  | NO_SUCH_TIME
            10/04 14 pm                 | NO_SUCH_TIME
            hoy 8:45                    | PAST
            31/03 9:00                  | PAST
            01-04-2025 9:00             | PAST
            jueves 10 de abril 9:00     | WEEKDAY_MISMATCH
            lunes 10/04 9:00            | WEEKDAY_MISMATCH
            """)
    void refusesWithAReason(String typed, StartProblem expected) {
        assertThat(START.parse(typed).problem()).as(typed).isEqualTo(expected);
    }

    @Test
    void aStartInTheHourThatSeptembersChangeSkipsIsStillADateTimeTheDomainPlaces() {
        // Sunday 6 September 2026, 00:30 does not exist in Santiago; the domain moves it to 01:30 (CivilTime).
        assertThat(START.parse("6/9 0:30").value()).isEqualTo(LocalDateTime.parse("2026-09-06T00:30"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            11:30           | 2026-04-10T11:30
            11.30           | 2026-04-10T11:30
            11:30 hrs       | 2026-04-10T11:30
            13 hrs          | 2026-04-10T13:00
            a las 13        | 2026-04-10T13:00
            hasta las 12:15 | 2026-04-10T12:15
            2 h             | 2026-04-10T11:00
            2 horas         | 2026-04-10T11:00
            90 min          | 2026-04-10T10:30
            90 minutos      | 2026-04-10T10:30
            1 h 30 min      | 2026-04-10T10:30
            1h30            | 2026-04-10T10:30
            1 hora y 15 min | 2026-04-10T10:15
            1,5 h           | 2026-04-10T10:30
            1.5 horas       | 2026-04-10T10:30
            """)
    void readsAnEndTimeOrADuration(String typed, LocalDateTime expected) {
        Parsed<LocalDateTime, EndProblem> parsed = EndParser.parse(typed, NINE);

        assertThat(parsed.problem()).as(typed).isNull();
        assertThat(parsed.value()).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pronto      | UNREADABLE
            2           | UNREADABLE
            8:30        | NOT_AFTER_START
            9:00        | NOT_AFTER_START
            0 min       | NOT_AFTER_START
            24:10       | NO_SUCH_TIME
            13 h 20 min | TOO_LONG
            800 min     | TOO_LONG
            """)
    void refusesAnEndWithAReason(String typed, EndProblem expected) {
        assertThat(EndParser.parse(typed, NINE).problem()).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            30           | 30
            30 personas  | 30
            1.000        | 1000
            ' 45 '       | 45
            """)
    void readsACapacity(String typed, int expected) {
        assertThat(CapacityParser.parse(typed).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            treinta  | UNREADABLE
            -5       | UNREADABLE
            0        | NOT_POSITIVE
            5001     | TOO_LARGE
            99999999 | TOO_LARGE
            """)
    void refusesACapacityWithAReason(String typed, CapacityProblem expected) {
        assertThat(CapacityParser.parse(typed).problem()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '-20.2208, -70.1431'                                              | -20.2208 | -70.1431
            -20.2208 -70.1431                                                 | -20.2208 | -70.1431
            '-20,2208; -70,1431'                                              | -20.2208 | -70.1431
            '-20,2208 -70,1431'                                               | -20.2208 | -70.1431
            https://www.google.com/maps/@-20.2208,-70.1431,17z                | -20.2208 | -70.1431
            https://maps.google.com/?q=-20.2208,-70.1431                      | -20.2208 | -70.1431
            """)
    void readsCoordinates(String typed, double latitude, double longitude) {
        assertThat(CoordinatesParser.parse(typed).value()).isEqualTo(new Coordinates(latitude, longitude));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Iquique              | UNREADABLE
            -20.2208             | UNREADABLE
            '-95.0, -70.1'       | OUT_OF_RANGE
            '-20.2, -190.5'      | OUT_OF_RANGE
            """)
    void refusesCoordinatesWithAReason(String typed, CoordinatesProblem expected) {
        assertThat(CoordinatesParser.parse(typed).problem()).isEqualTo(expected);
    }
}
