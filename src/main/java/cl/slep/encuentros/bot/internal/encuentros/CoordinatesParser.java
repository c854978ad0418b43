package cl.slep.encuentros.bot.internal.encuentros;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coordinates as copied from a map: "-20.2208, -70.1431", "-20.2208 -70.1431", with decimal commas
 * "-20,2208; -70,1431" or "-20,2208 -70,1431", or inside a Google Maps link ("…@-20.2208,-70.1431,17z").
 */
public final class CoordinatesParser {

    private static final Pattern DOTS = Pattern.compile(
            "(?<lat>[-+]?\\d{1,3}(?:\\.\\d+)?)\\s?[,;\\s]\\s?(?<lon>[-+]?\\d{1,3}(?:\\.\\d+)?)");
    private static final Pattern COMMAS = Pattern.compile(
            "(?<lat>[-+]?\\d{1,3}(?:,\\d+)?)\\s?[;\\s]\\s?(?<lon>[-+]?\\d{1,3}(?:,\\d+)?)");
    private static final Pattern IN_LINK = Pattern.compile(
            "(?:@|[?&](?:q|query|ll)=)(?<lat>[-+]?\\d{1,3}\\.\\d+),(?:%20|\\+)?(?<lon>[-+]?\\d{1,3}\\.\\d+)");

    private CoordinatesParser() {
    }

    public static Parsed<Coordinates, CoordinatesProblem> parse(String text) {
        String input = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        Matcher match = DOTS.matcher(input);
        if (!match.matches()) {
            match = COMMAS.matcher(input);
            if (!match.matches()) {
                match = IN_LINK.matcher(input);
                if (!match.find()) {
                    return Parsed.problem(CoordinatesProblem.UNREADABLE);
                }
            }
        }
        double latitude = Double.parseDouble(match.group("lat").replace(',', '.'));
        double longitude = Double.parseDouble(match.group("lon").replace(',', '.'));
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            return Parsed.problem(CoordinatesProblem.OUT_OF_RANGE);
        }
        return Parsed.of(new Coordinates(latitude, longitude));
    }
}
