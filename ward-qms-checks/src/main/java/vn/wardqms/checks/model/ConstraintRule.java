package vn.wardqms.checks.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A compiled constraint, able to say whether a value passes it as the repository's constraint would: used to check
 * that a property's default value passes its own constraints. Constraints whose code we cannot run (registered ones,
 * Java classes) are opaque: the checker accepts any value for them.
 */
public sealed interface ConstraintRule {

    /** Why the value fails, or empty when it passes. */
    Optional<String> refuses(String value);

    /** REGEX: the value must match the whole expression (or must not, with requiresMatch=false). */
    record Regex(Pattern expression, boolean requiresMatch) implements ConstraintRule {
        @Override
        public Optional<String> refuses(String value) {
            boolean matches = expression.matcher(value).matches();
            if (matches == requiresMatch) {
                return Optional.empty();
            }
            return Optional.of("'" + value + "' " + (requiresMatch ? "does not match" : "matches") + " the expression " + expression.pattern());
        }
    }

    /** MINMAX: a number between the bounds, inclusive. */
    record NumericRange(double min, double max) implements ConstraintRule {
        @Override
        public Optional<String> refuses(String value) {
            double number;
            try {
                number = Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                return Optional.of("'" + value + "' is not a number");
            }
            if (Double.isNaN(number) || Double.isInfinite(number) || number < min || number > max) {
                return Optional.of(value + " is outside " + format(min) + ".." + format(max));
            }
            return Optional.empty();
        }

        private static String format(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
    }

    /** LENGTH: a text of min to max characters. */
    record StringLength(int min, int max) implements ConstraintRule {
        @Override
        public Optional<String> refuses(String value) {
            int length = value.length();
            return length < min || length > max
                    ? Optional.of("'" + value + "' has " + length + " characters, not " + min + " to " + max)
                    : Optional.empty();
        }
    }

    /** LIST: one of the allowed values (compared without case when caseSensitive=false). */
    record ListOfValues(List<String> allowed, boolean caseSensitive) implements ConstraintRule {
        @Override
        public Optional<String> refuses(String value) {
            boolean found = caseSensitive ? allowed.contains(value)
                    : allowed.stream().anyMatch(a -> a.toUpperCase(Locale.ROOT).equals(value.toUpperCase(Locale.ROOT)));
            return found ? Optional.empty() : Optional.of("'" + value + "' is not one of " + allowed);
        }
    }

    /** A constraint whose code only the running repository has (REGISTERED, or a Java class). */
    record Opaque(String type) implements ConstraintRule {
        @Override
        public Optional<String> refuses(String value) {
            return Optional.empty();
        }
    }
}
