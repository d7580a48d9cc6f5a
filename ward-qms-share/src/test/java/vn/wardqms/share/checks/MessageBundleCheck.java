package vn.wardqms.share.checks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.wardqms.checks.LocatedProperties;
import vn.wardqms.checks.Problem;

/**
 * The module's English and Vietnamese bundles: valid UTF-8 in NFC without mojibake, the same keys in both, every key the
 * configuration uses present, and no key that nothing uses.
 */
public final class MessageBundleCheck {
    /** UTF-8 read as ISO-8859-1 and written again: the marks a wrong decoder leaves. */
    private static final Pattern MOJIBAKE = Pattern.compile("Ã.|Ä.|á»|áº|Æ°|Ä‘");

    private MessageBundleCheck() {
    }

    public static List<Problem> check(Path english, Path vietnamese, Map<String, List<ShareConfigCheck.Where>> used) {
        List<Problem> problems = new ArrayList<>();
        LocatedProperties en = LocatedProperties.read(english, StandardCharsets.UTF_8);
        LocatedProperties vi = LocatedProperties.read(vietnamese, StandardCharsets.UTF_8);
        problems.addAll(en.problems());
        problems.addAll(vi.problems());
        for (LocatedProperties bundle : List.of(en, vi)) {
            LocatedProperties other = bundle == en ? vi : en;
            for (LocatedProperties.Entry entry : bundle.entries().values()) {
                if (!Normalizer.isNormalized(entry.value(), Normalizer.Form.NFC)) {
                    problems.add(new Problem(bundle.file(), entry.line(), entry.key() + " is not in Unicode NFC"));
                }
                if (MOJIBAKE.matcher(entry.value()).find()) {
                    problems.add(new Problem(bundle.file(), entry.line(), entry.key() + " looks like UTF-8 decoded as ISO-8859-1: " + entry.value()));
                }
                if (entry.value().isBlank()) {
                    problems.add(new Problem(bundle.file(), entry.line(), entry.key() + " is empty"));
                }
                if (other.get(entry.key()) == null) {
                    problems.add(new Problem(bundle.file(), entry.line(), entry.key() + " has no counterpart in " + other.file().getFileName()));
                }
                if (!used.containsKey(entry.key())) {
                    problems.add(new Problem(bundle.file(), entry.line(), entry.key() + " is used by no form, search, action or indicator (orphan)"));
                }
            }
        }
        for (Map.Entry<String, List<ShareConfigCheck.Where>> key : used.entrySet()) {
            for (LocatedProperties bundle : List.of(en, vi)) {
                if (bundle.get(key.getKey()) == null) {
                    for (ShareConfigCheck.Where at : key.getValue()) {
                        problems.add(new Problem(at.file(), at.line(), "message " + key.getKey() + " is not in " + bundle.file().getFileName()));
                    }
                }
            }
        }
        return problems;
    }
}
