package vn.wardqms.service.lifecycle;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.wardqms.service.config.InvalidConfigurationException;

/**
 * How controlled documents are published ({@code ward-qms.lifecycle.*}).
 *
 * @param codePatterns per document kind, the code of a new document: fixed text and one number of fixed width,
 *                     written as {@code {nn}} (two digits) or {@code {nnn}}, e.g. QT-{nn} gives QT-01, QT-02, ...
 * @param leadDays days between approval and the effective date, for training (0 to 90)
 *                     A form's pattern may name its procedure's code as {@code {procedure}}: BM-{procedure}-{nn} gives
 *                     BM-QT-02-01 for the first form of QT-02 (the form's qms:formOf); numbers count per procedure.
 * @param reviewNoticeDays days before a review is due that the periodic-review process starts (0 to 180)
 * @param organisation the issuing body printed at the top of each issue's approval manifest
 * @param obsoleteStamp the text stamped across every page of an obsolete issue's PDF copy (1 to 60 characters)
 * @param renditionWait how long one run waits for the repository to render an issue to PDF before leaving it to the
 *                      next event or sweep (0 to 2 minutes)
 * @param reviewMonths per document kind, the months from an issue's effective date to its periodic review (1 to 120,
 *                     as qms:reviewPeriodRange allows); a kind not listed is reviewed every {@value #DEFAULT_REVIEW_MONTHS}
 *                     months. A document's own qms:reviewPeriodMonths, once set, wins.
 */
@ConfigurationProperties("ward-qms.lifecycle")
public record LifecycleProperties(Map<String, String> codePatterns, int leadDays, int reviewNoticeDays, String organisation,
                                  String obsoleteStamp, Duration renditionWait, Map<String, Integer> reviewMonths) {
    public static final int DEFAULT_REVIEW_MONTHS = 12;
    public static final String PROCEDURE_CODE = "{procedure}";
    public static final String DEFAULT_OBSOLETE_STAMP = "TÀI LIỆU HẾT HIỆU LỰC — OBSOLETE";
    private static final Pattern NUMBER = Pattern.compile("\\{(n{1,6})}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9Đ]{1,12}([-./][A-Z0-9Đ]{1,12}){0,5}");

    public LifecycleProperties {
        if (codePatterns == null || codePatterns.isEmpty()) {
            throw new InvalidConfigurationException("ward-qms.lifecycle.code-patterns", "is empty: give a code pattern per document kind");
        }
        for (Map.Entry<String, String> p : codePatterns.entrySet()) {
            String property = "ward-qms.lifecycle.code-patterns." + p.getKey();
            Matcher m = NUMBER.matcher(p.getValue() == null ? "" : p.getValue());
            if (!m.find() || m.find()) {
                throw new InvalidConfigurationException(property, "must hold exactly one number such as {nn}, not '" + p.getValue() + "'");
            }
            String sample = NUMBER.matcher(p.getValue()).replaceFirst("1").replace(PROCEDURE_CODE, "QT-01");
            if (!CODE.matcher(sample).matches()) {
                throw new InvalidConfigurationException(property, "gives codes such as '" + sample
                        + "', which qms:documentCodeFormat refuses (capitals, digits, '-', '.', '/')");
            }
        }
        codePatterns = Map.copyOf(codePatterns);
        if (leadDays < 0 || leadDays > 90) {
            throw new InvalidConfigurationException("ward-qms.lifecycle.lead-days", "must be from 0 to 90, not " + leadDays);
        }
        if (reviewNoticeDays < 0 || reviewNoticeDays > 180) {
            throw new InvalidConfigurationException("ward-qms.lifecycle.review-notice-days", "must be from 0 to 180, not " + reviewNoticeDays);
        }
        if (organisation == null || organisation.isBlank()) {
            throw new InvalidConfigurationException("ward-qms.lifecycle.organisation",
                    "is not set: give the issuing body printed on approval manifests (WARD_QMS_ORGANISATION)");
        }
        obsoleteStamp = obsoleteStamp == null ? DEFAULT_OBSOLETE_STAMP : obsoleteStamp.strip();
        if (obsoleteStamp.isEmpty() || obsoleteStamp.length() > 60 || obsoleteStamp.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidConfigurationException("ward-qms.lifecycle.obsolete-stamp",
                    "must be one line of 1 to 60 characters, not '" + obsoleteStamp + "'");
        }
        reviewMonths = reviewMonths == null ? Map.of() : Map.copyOf(reviewMonths);
        for (Map.Entry<String, Integer> r : reviewMonths.entrySet()) {
            if (r.getValue() == null || r.getValue() < 1 || r.getValue() > 120) {
                throw new InvalidConfigurationException("ward-qms.lifecycle.review-months." + r.getKey(),
                        "must be a number of months from 1 to 120, not " + r.getValue());
            }
        }
        renditionWait = renditionWait == null ? Duration.ofSeconds(10) : renditionWait;
        if (renditionWait.isNegative() || renditionWait.compareTo(Duration.ofMinutes(2)) > 0) {
            throw new InvalidConfigurationException("ward-qms.lifecycle.rendition-wait", "must be from PT0S to PT2M, not " + renditionWait);
        }
    }

    /** The months between periodic reviews of a kind's documents. */
    public int reviewMonths(String kind) {
        return reviewMonths.getOrDefault(kind, DEFAULT_REVIEW_MONTHS);
    }

    /** The pattern of a kind, split around its number. */
    public CodePattern pattern(String kind) {
        String pattern = codePatterns.get(kind);
        if (pattern == null) {
            throw new IllegalStateException("no code pattern for document kind " + kind + " (ward-qms.lifecycle.code-patterns." + kind + ")");
        }
        Matcher m = NUMBER.matcher(pattern);
        m.find();
        return new CodePattern(pattern.substring(0, m.start()), m.group(1).length(), pattern.substring(m.end()));
    }

    /** Whether a kind's codes are built from the code of the procedure a document belongs to. */
    public boolean needsProcedure(String kind) {
        return codePatterns.getOrDefault(kind, "").contains(PROCEDURE_CODE);
    }

    /** A kind's pattern for documents of one procedure: {procedure} replaced by its code. */
    public CodePattern pattern(String kind, String procedureCode) {
        CodePattern p = pattern(kind);
        return new CodePattern(p.prefix().replace(PROCEDURE_CODE, procedureCode), p.width(), p.suffix().replace(PROCEDURE_CODE, procedureCode));
    }

    /** prefix + number (zero-padded to width) + suffix. */
    public record CodePattern(String prefix, int width, String suffix) {
        public String format(int number) {
            return prefix + String.format("%0" + width + "d", number) + suffix;
        }

        /** The number of a code made by this pattern, or -1. */
        public int numberOf(String code) {
            if (!code.startsWith(prefix) || !code.endsWith(suffix) || code.length() <= prefix.length() + suffix.length()) {
                return -1;
            }
            String digits = code.substring(prefix.length(), code.length() - suffix.length());
            return digits.matches("\\d{" + width + ",9}") ? Integer.parseInt(digits) : -1;
        }
    }
}
