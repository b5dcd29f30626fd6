package dev.parley.bootstrap.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/** Reads durations the way {@code lk} does: {@code 90s}, {@code 10m}, {@code 6h}, {@code 1h30m}. */
final class DurationOption implements ITypeConverter<Duration> {

    private static final Pattern PART = Pattern.compile("(\\d+)([hms])");

    @Override
    public Duration convert(String value) {
        Matcher m = PART.matcher(value);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
            end = m.end();
        }
        if (end != value.length() || end == 0) {
            throw new IllegalArgumentException("'" + value + "' is not a duration like 90s, 10m or 1h30m");
        }
        return total;
    }
}
