package vn.wardqms.checks.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import vn.wardqms.checks.model.ModelFile.Constraint;
import vn.wardqms.checks.model.ModelFile.Parameter;

/**
 * The repository's constraint types and the parameters each takes, as the dictionary builds them: it creates the
 * constraint for its type (or Java class), sets each parameter as a bean property in document order (so a parameter
 * the type lacks, a value that does not convert, or a bound that contradicts the one already set fails there), then
 * initialises it (a REGEX compiles its expression, a LIST needs values).
 */
final class ConstraintTypes {
    /** Parameters every constraint bean takes besides its own; 'shortName' is reserved for the dictionary. */
    private static final Set<String> COMMON = Set.of("title");

    /** Platform constraint classes that may be named by class instead of type (their names, not their code). */
    private static final Map<String, String> PLATFORM_CLASSES = Map.of(
            "org.alfresco.repo.dictionary.constraint.RegexConstraint", "REGEX",
            "org.alfresco.repo.dictionary.constraint.NumericRangeConstraint", "MINMAX",
            "org.alfresco.repo.dictionary.constraint.StringLengthConstraint", "LENGTH",
            "org.alfresco.repo.dictionary.constraint.ListOfValuesConstraint", "LIST",
            "org.alfresco.repo.dictionary.constraint.RegisteredConstraint", "REGISTERED",
            "org.alfresco.repo.dictionary.constraint.NoOpConstraint", "",
            "org.alfresco.repo.dictionary.constraint.UserNameConstraint", "",
            "org.alfresco.repo.dictionary.constraint.AuthorityNameConstraint", "");

    private static final Map<String, Map<String, String>> PARAMETERS = new LinkedHashMap<>();

    static {
        PARAMETERS.put("REGEX", Map.of("expression", "text", "requiresMatch", "boolean"));
        PARAMETERS.put("MINMAX", Map.of("minValue", "double", "maxValue", "double"));
        PARAMETERS.put("LENGTH", Map.of("minLength", "int", "maxLength", "int"));
        PARAMETERS.put("LIST", Map.of("allowedValues", "list", "caseSensitive", "boolean", "sorted", "boolean"));
        PARAMETERS.put("REGISTERED", Map.of("registeredName", "text"));
        PARAMETERS.put("", Map.of());
    }

    /** Spring's boolean editor, which sets the beans' boolean properties, accepts these words (any case). */
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "on", "off", "yes", "no", "1", "0");

    private ConstraintTypes() {
    }

    /**
     * Builds the rule of a constraint that has a type (not a ref), reporting each problem at its line.
     *
     * @param name how the constraint is named in messages
     */
    static ConstraintRule build(Constraint constraint, String name, BiConsumer<Integer, String> problem) {
        String type = constraint.type();
        String kind = PARAMETERS.containsKey(type) && !type.isEmpty() ? type : PLATFORM_CLASSES.get(type);
        if (kind == null) {
            problem.accept(constraint.line(), "constraint " + name + " has the unknown type '" + type
                    + "': the repository knows REGEX, MINMAX, LENGTH, LIST and REGISTERED, or a constraint class it can load");
            return null;
        }
        Map<String, String> takes = PARAMETERS.get(kind);
        Map<String, Object> values = new LinkedHashMap<>();
        double min = Double.MIN_VALUE;
        double max = Double.MAX_VALUE;
        int minLength = 0;
        int maxLength = Integer.MAX_VALUE;
        boolean ok = true;
        for (Parameter parameter : constraint.parameters()) {
            String what = "parameter " + parameter.name() + " of constraint " + name;
            if ("shortName".equals(parameter.name())) {
                problem.accept(parameter.line(), what + ": shortName is reserved for the repository's own use");
                ok = false;
                continue;
            }
            String as = takes.get(parameter.name());
            if (as == null && !COMMON.contains(parameter.name())) {
                problem.accept(parameter.line(), "constraint " + name + " (" + (kind.isEmpty() ? type : kind) + ") has no parameter '"
                        + parameter.name() + "'" + (takes.isEmpty() ? "" : ": it takes " + String.join(", ", takes.keySet())));
                ok = false;
                continue;
            }
            if (parameter.value() != null && parameter.list() != null) {
                problem.accept(parameter.line(), what + " has both a <value> and a <list>: give one");
                ok = false;
                continue;
            }
            if ("list".equals(as)) {
                if (parameter.list() == null) {
                    problem.accept(parameter.line(), what + " needs a <list> of <value>s");
                    ok = false;
                } else if (parameter.list().isEmpty()) {
                    problem.accept(parameter.line(), what + ": a LIST constraint needs at least one allowed value");
                    ok = false;
                } else {
                    values.put(parameter.name(), parameter.list());
                }
                continue;
            }
            if (parameter.list() != null) {
                problem.accept(parameter.line(), what + " takes a single <value>, not a <list>");
                ok = false;
                continue;
            }
            String text = parameter.value();
            if (text == null) {
                problem.accept(parameter.line(), what + " has no <value>");
                ok = false;
                continue;
            }
            try {
                switch (as == null ? "text" : as) {
                    case "boolean" -> {
                        if (!BOOLEAN_WORDS.contains(text.trim().toLowerCase())) {
                            throw new IllegalArgumentException("'" + text + "' is not a boolean (true or false)");
                        }
                        values.put(parameter.name(), Set.of("true", "on", "yes", "1").contains(text.trim().toLowerCase()));
                    }
                    case "double" -> {
                        double value = parseDouble(text);
                        if (parameter.name().equals("minValue")) {
                            if (value > max) {
                                throw new IllegalArgumentException("minValue " + text.trim() + " is above maxValue " + max);
                            }
                            min = value;
                        } else {
                            if (value < min) {
                                throw new IllegalArgumentException("maxValue " + text.trim() + " is below minValue "
                                        + (min == Double.MIN_VALUE ? "(not yet given: the repository's starting minimum is the smallest positive "
                                        + "number, so give minValue before a maxValue of 0 or less)" : min));
                            }
                            max = value;
                        }
                    }
                    case "int" -> {
                        int value = parseInt(text);
                        if (parameter.name().equals("minLength")) {
                            if (value > maxLength || value < 0) {
                                throw new IllegalArgumentException("minLength " + value + (value < 0 ? " is negative" : " is above maxLength " + maxLength));
                            }
                            minLength = value;
                        } else {
                            if (value < minLength) {
                                throw new IllegalArgumentException("maxLength " + value + " is below minLength " + minLength);
                            }
                            maxLength = value;
                        }
                    }
                    default -> values.put(parameter.name(), text);
                }
            } catch (IllegalArgumentException e) {
                problem.accept(parameter.line(), what + ": " + e.getMessage());
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        switch (kind) {
            case "REGEX" -> {
                String expression = (String) values.get("expression");
                if (expression == null) {
                    problem.accept(constraint.line(), "constraint " + name + " (REGEX) needs the parameter expression");
                    return null;
                }
                try {
                    return new ConstraintRule.Regex(Pattern.compile(expression), (Boolean) values.getOrDefault("requiresMatch", true));
                } catch (PatternSyntaxException e) {
                    problem.accept(lineOf(constraint, "expression"), "constraint " + name + ": the expression does not compile: "
                            + e.getDescription() + " near index " + e.getIndex() + " of " + expression);
                    return null;
                }
            }
            case "MINMAX" -> {
                return new ConstraintRule.NumericRange(min, max);
            }
            case "LENGTH" -> {
                return new ConstraintRule.StringLength(minLength, maxLength);
            }
            case "LIST" -> {
                @SuppressWarnings("unchecked")
                List<String> allowed = (List<String>) values.get("allowedValues");
                if (allowed == null) {
                    problem.accept(constraint.line(), "constraint " + name + " (LIST) needs the parameter allowedValues with at least one value");
                    return null;
                }
                return new ConstraintRule.ListOfValues(new ArrayList<>(allowed), (Boolean) values.getOrDefault("caseSensitive", true));
            }
            case "REGISTERED" -> {
                if (values.get("registeredName") == null) {
                    problem.accept(constraint.line(), "constraint " + name + " (REGISTERED) needs the parameter registeredName");
                    return null;
                }
                return new ConstraintRule.Opaque(type);
            }
            default -> {
                return new ConstraintRule.Opaque(type);
            }
        }
    }

    private static int lineOf(Constraint constraint, String parameter) {
        return constraint.parameters().stream().filter(p -> parameter.equals(p.name())).mapToInt(Parameter::line).findFirst()
                .orElse(constraint.line());
    }

    private static double parseDouble(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }
}
