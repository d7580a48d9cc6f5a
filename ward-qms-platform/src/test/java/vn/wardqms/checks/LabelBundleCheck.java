package vn.wardqms.checks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a model's label bundles (English default and Vietnamese) against the keys the repository looks up:
 * {@code M2Label} builds {@code <model>.<type|aspect|property|association>.<item>.<title|description>} and
 * {@code ListOfValuesConstraint} builds {@code listconstraint.<constraint>.<VALUE>}, each with ':' replaced by '_'.
 */
public final class LabelBundleCheck {
    /** Latin-1 punctuation never occurs in Vietnamese text; in a vi bundle it means UTF-8 read as Latin-1 (mojibake). */
    private static final Pattern MOJIBAKE = Pattern.compile("[\\u0080-\\u00BF]");

    /** A key the repository will look up, and the element (file and line) that makes it needed. */
    public record ExpectedKey(String key, Path file, int line, String item) {
    }

    public static List<ExpectedKey> expectedKeys(ModelFacts model) {
        Map<String, ExpectedKey> keys = new LinkedHashMap<>();
        String prefix = underscore(model.name());
        put(keys, new ExpectedKey(prefix + ".description", model.file(), model.line(), "model " + model.name()));
        for (ModelFacts.ClassFact c : model.classes()) {
            for (String label : List.of("title", "description")) {
                put(keys, new ExpectedKey(prefix + "." + c.kind().labelWord + "." + underscore(c.name()) + "." + label,
                        model.file(), c.line(), c.kind().labelWord + " " + c.name()));
            }
            for (ModelFacts.PropertyFact p : c.properties()) {
                for (String label : List.of("title", "description")) {
                    put(keys, new ExpectedKey(prefix + ".property." + underscore(p.name()) + "." + label, model.file(),
                            p.line(), "property " + p.name()));
                }
            }
            for (ModelFacts.AssociationFact a : c.associations()) {
                for (String label : List.of("title", "description")) {
                    put(keys, new ExpectedKey(prefix + ".association." + underscore(a.name()) + "." + label, model.file(),
                            a.line(), "association " + a.name()));
                }
            }
        }
        for (ModelFacts.ConstraintFact c : model.constraints()) {
            if ("LIST".equals(c.type())) {
                for (String value : c.listValues()) {
                    put(keys, new ExpectedKey("listconstraint." + underscore(c.name()) + "." + value, model.file(),
                            c.line(), "list value " + value + " of " + c.name()));
                }
            }
        }
        return List.copyOf(keys.values());
    }

    /**
     * Checks a model's bundles.
     *
     * @param english the default bundle (base name + .properties)
     * @param vietnamese the _vi bundle
     */
    public static List<Problem> check(ModelFacts model, Path english, Path vietnamese) {
        List<Problem> problems = new ArrayList<>();
        for (ModelFacts.PropertyFact p : model.properties()) {
            for (ModelFacts.ConstraintFact inline : p.inlineConstraints()) {
                if ("LIST".equals(inline.type())) {
                    problems.add(new Problem(model.file(), inline.line(), "inline LIST constraint on " + p.name()
                            + ": declare it under <constraints> with a name so its values can be labelled"));
                }
            }
        }
        problems.addAll(checkKeys(expectedKeys(model), english, vietnamese, "the model " + model.name()));
        return problems;
    }

    /**
     * Checks that both bundles hold exactly the expected keys (no missing, no orphan), every label is non-empty NFC
     * text, and the Vietnamese one is translated and not mojibake.
     *
     * @param source what the keys come from, for the orphan message
     */
    public static List<Problem> checkKeys(List<ExpectedKey> expected, Path english, Path vietnamese, String source) {
        List<Problem> problems = new ArrayList<>();
        LocatedProperties en = LocatedProperties.read(english, StandardCharsets.UTF_8);
        LocatedProperties vi = LocatedProperties.read(vietnamese, StandardCharsets.UTF_8);
        problems.addAll(en.problems());
        problems.addAll(vi.problems());
        java.util.Set<String> expectedNames = new java.util.HashSet<>();
        expected.forEach(k -> expectedNames.add(k.key()));
        for (LocatedProperties bundle : List.of(en, vi)) {
            String language = bundle == en ? "English" : "Vietnamese";
            for (ExpectedKey key : expected) {
                if (!bundle.entries().containsKey(key.key())) {
                    problems.add(new Problem(key.file(), key.line(), "no " + language + " label for " + key.item()
                            + ": key " + key.key() + " is missing from " + bundle.file().getFileName()));
                }
            }
            for (LocatedProperties.Entry entry : bundle.entries().values()) {
                if (!expectedNames.contains(entry.key())) {
                    problems.add(new Problem(bundle.file(), entry.line(), "orphan key " + entry.key()
                            + ": " + source + " declares nothing it labels"));
                }
                if (entry.value().isBlank()) {
                    problems.add(new Problem(bundle.file(), entry.line(), "empty label for " + entry.key()));
                }
                if (!Normalizer.isNormalized(entry.value(), Normalizer.Form.NFC)) {
                    problems.add(new Problem(bundle.file(), entry.line(), "label of " + entry.key()
                            + " is not in Unicode NFC (decomposed diacritics)"));
                }
            }
        }
        for (LocatedProperties.Entry entry : vi.entries().values()) {
            if (MOJIBAKE.matcher(entry.value()).find()) {
                problems.add(new Problem(vi.file(), entry.line(), "label of " + entry.key()
                        + " looks double-encoded (UTF-8 read as Latin-1): " + entry.value()));
            }
            if (entry.value().equals(en.get(entry.key()))) {
                problems.add(new Problem(vi.file(), entry.line(), "label of " + entry.key() + " is not translated"));
            }
        }
        return problems;
    }

    private static void put(Map<String, ExpectedKey> keys, ExpectedKey key) {
        keys.putIfAbsent(key.key(), key);
    }

    private static String underscore(String prefixedName) {
        return prefixedName.replace(':', '_');
    }
}
