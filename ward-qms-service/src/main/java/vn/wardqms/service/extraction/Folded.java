package vn.wardqms.service.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line folded for matching labels: lower case, without diacritics, đ as d ("MÃ HIỆU", "Mã hiệu" and "Ma hieu" all read
 * "ma hieu"; "Ủy" and "Uỷ" are one). It remembers where each folded character came from, so a value is always cut from
 * the original text, diacritics intact.
 */
final class Folded {
    private final String original;
    private final String folded;
    private final int[] origin;

    Folded(String original) {
        this.original = original;
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            String base = Normalizer.normalize(String.valueOf(original.charAt(i)), Normalizer.Form.NFD);
            for (int k = 0; k < base.length(); k++) {
                char c = base.charAt(k);
                if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    continue;
                }
                c = c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c);
                if (n >= map.length - 1) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                out.append(c);
                map[n++] = i;
            }
        }
        map[n] = original.length();
        this.folded = out.toString();
        this.origin = map;
    }

    static String fold(String s) {
        return new Folded(s).folded;
    }

    String text() {
        return folded;
    }

    String original() {
        return original;
    }

    Matcher matcher(Pattern pattern) {
        return pattern.matcher(folded);
    }

    /** The original text of folded characters [start, end). */
    String originalOf(int start, int end) {
        return original.substring(origin[start], end >= folded.length() ? original.length() : origin[end]);
    }

    /** The original text from folded position {@code start} to the end. */
    String originalFrom(int start) {
        return start >= folded.length() ? "" : original.substring(origin[start]);
    }
}
