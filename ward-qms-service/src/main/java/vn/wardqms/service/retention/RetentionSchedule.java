package vn.wardqms.service.retention;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The retention schedule (bảng thời hạn lưu trữ) as data: a YAML file of record types, read and checked as a whole
 * before anything uses it. Any problem stops loading with the file, the line and the field ({@link ScheduleException});
 * no period lives in code.
 *
 * <pre>
 * record-types:
 *   - code: QLCL.02
 *     name: { vi: Hồ sơ đánh giá nội bộ, en: Internal audit records }
 *     retention: 10            # whole years (2-70, Luật Lưu trữ 2024), or "permanent"
 *     transfer-after: 5        # permanent only: years before transfer to the historical archive (1-5)
 *     starts: END_OF_YEAR      # FILE_CLOSED | END_OF_YEAR | CASE_CLOSED
 *     disposition: DESTROY     # DESTROY | TRANSFER | REVIEW (never DESTROY when permanent)
 *     basis: { text: Thông tư 10/2022/TT-BNV, article: Phụ lục, row: "I.5", verified: false }
 * </pre>
 */
public final class RetentionSchedule {
    /** As qms:recordTypeCodeFormat. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,31}");
    private static final Set<String> ENTRY_KEYS = Set.of("code", "name", "retention", "transfer-after", "starts", "disposition", "basis");
    private static final Set<String> PERMANENT = Set.of("permanent", "vĩnh viễn");
    private static final int MAX_BYTES = 1 << 20;

    private final String source;
    private final Map<String, RecordType> types;

    private RetentionSchedule(String source, Map<String, RecordType> types) {
        this.source = source;
        this.types = types;
    }

    /** Reads a schedule; {@code name} is how messages refer to the file. */
    public static RetentionSchedule read(InputStream in, String name) {
        String text = decode(in, name);
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0);
            options.setAllowRecursiveKeys(false);
            root = new Yaml(options).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new ScheduleException(name, line, null, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ScheduleException(name, 1, null, "not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode top)) {
            throw new ScheduleException(name, 1, null, "must be a mapping with the list 'record-types'");
        }
        Map<String, Node> topKeys = keys(top, name, Set.of("record-types"));
        Node list = topKeys.get("record-types");
        if (!(list instanceof SequenceNode entries) || entries.getValue().isEmpty()) {
            throw new ScheduleException(name, line(list == null ? top : list), "record-types", "must be a non-empty list of record types");
        }
        Map<String, RecordType> types = new LinkedHashMap<>();
        for (Node entry : entries.getValue()) {
            RecordType type = entry(entry, name);
            RecordType earlier = types.putIfAbsent(type.code(), type);
            if (earlier != null) {
                throw new ScheduleException(name, type.line(), "code", "'" + type.code() + "' is already defined on line " + earlier.line());
            }
        }
        return new RetentionSchedule(name, Map.copyOf(types));
    }

    public String source() {
        return source;
    }

    public Optional<RecordType> type(String code) {
        return Optional.ofNullable(code == null ? null : types.get(code));
    }

    public Collection<RecordType> types() {
        return types.values().stream().sorted(java.util.Comparator.comparingInt(RecordType::line)).toList();
    }

    private static RecordType entry(Node node, String file) {
        if (!(node instanceof MappingNode map)) {
            throw new ScheduleException(file, line(node), null, "a record type must be a mapping (code, name, retention, starts, disposition, basis)");
        }
        Map<String, Node> f = keys(map, file, ENTRY_KEYS);
        int line = line(node);
        String code = required(f, "code", node, file);
        if (!CODE.matcher(code).matches()) {
            throw new ScheduleException(file, line(f.get("code")), "code", "'" + code + "' is not a record type code (capitals, digits, '.', '_', '-'; e.g. QLCL.02)");
        }
        Node nameNode = f.get("name");
        if (!(nameNode instanceof MappingNode names)) {
            throw new ScheduleException(file, line(nameNode == null ? node : nameNode), "name", "must give the name in Vietnamese and English: { vi: ..., en: ... }");
        }
        Map<String, Node> n = keys(names, file, Set.of("vi", "en"));
        String vi = text(required(n, "vi", names, file, "name.vi"), n.get("vi"), "name.vi", file);
        String en = text(required(n, "en", names, file, "name.en"), n.get("en"), "name.en", file);

        String retention = required(f, "retention", node, file);
        Integer years = null;
        if (!PERMANENT.contains(retention.toLowerCase(java.util.Locale.ROOT))) {
            // Luật Lưu trữ 2024: a record is kept permanently or for a period of 2 to 70 years.
            years = wholeNumber(retention, 2, 70, f.get("retention"), "retention", file,
                    "must be a whole number of years from 2 to 70 (the periods the Law on Archives 2024 allows), or 'permanent'");
        }
        Integer transferAfter = null;
        if (f.containsKey("transfer-after")) {
            if (years != null) {
                throw new ScheduleException(file, line(f.get("transfer-after")), "transfer-after", "only permanent records are transferred");
            }
            // The law gives at most 5 years in the current archive before permanent records go to the historical one.
            transferAfter = wholeNumber(scalar(f.get("transfer-after"), "transfer-after", file), 1, 5, f.get("transfer-after"),
                    "transfer-after", file, "must be a whole number of years from 1 to 5 (the Law on Archives 2024 allows at most 5 "
                            + "years in the current archive)");
        }
        RecordType.Trigger trigger = choice(RecordType.Trigger.class, required(f, "starts", node, file), f.get("starts"), "starts", file);
        RecordType.Disposition disposition = choice(RecordType.Disposition.class, required(f, "disposition", node, file),
                f.get("disposition"), "disposition", file);
        if (years == null && disposition == RecordType.Disposition.DESTROY) {
            throw new ScheduleException(file, line(f.get("disposition")), "disposition", "a permanent record is never destroyed: TRANSFER or REVIEW");
        }
        if (disposition == RecordType.Disposition.TRANSFER && transferAfter == null) {
            throw new ScheduleException(file, line(f.get("disposition")), "transfer-after", "TRANSFER needs transfer-after (years)");
        }
        Node basisNode = f.get("basis");
        if (!(basisNode instanceof MappingNode basis)) {
            throw new ScheduleException(file, line(basisNode == null ? node : basisNode), "basis",
                    "must cite the legal basis: { text: ..., article: ..., row: ..., verified: true|false }");
        }
        Map<String, Node> b = keys(basis, file, Set.of("text", "article", "row", "verified"));
        String legalText = text(required(b, "text", basis, file, "basis.text"), b.get("text"), "basis.text", file);
        String article = text(required(b, "article", basis, file, "basis.article"), b.get("article"), "basis.article", file);
        String row = text(required(b, "row", basis, file, "basis.row"), b.get("row"), "basis.row", file);
        String verified = required(b, "verified", basis, file, "basis.verified");
        if (!verified.equals("true") && !verified.equals("false")) {
            throw new ScheduleException(file, line(b.get("verified")), "basis.verified", "must be true (checked against the legal text) or false, not '" + verified + "'");
        }
        return new RecordType(code, vi, en, years, transferAfter, trigger, disposition,
                new RecordType.LegalBasis(legalText, article, row, Boolean.parseBoolean(verified)), line);
    }

    private static Map<String, Node> keys(MappingNode map, String file, Set<String> allowed) {
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode(), "key", file);
            if (!allowed.contains(key)) {
                throw new ScheduleException(file, line(t.getKeyNode()), key, "unknown field (expected one of " + new java.util.TreeSet<>(allowed) + ")");
            }
            keys.put(key, t.getValueNode());
        }
        return keys;
    }

    private static String required(Map<String, Node> fields, String field, Node owner, String file) {
        return required(fields, field, owner, file, field);
    }

    /** @param field how messages name the field, e.g. basis.verified */
    private static String required(Map<String, Node> fields, String key, Node owner, String file, String field) {
        Node node = fields.get(key);
        if (node == null) {
            throw new ScheduleException(file, line(owner), field, "is missing");
        }
        String value = scalar(node, field, file).strip();
        if (value.isEmpty()) {
            throw new ScheduleException(file, line(node), field, "is empty");
        }
        return value;
    }

    private static String scalar(Node node, String field, String file) {
        if (!(node instanceof ScalarNode s)) {
            throw new ScheduleException(file, line(node), field, "must be a single value");
        }
        return s.getValue();
    }

    private static String text(String value, Node node, String field, String file) {
        if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            throw new ScheduleException(file, line(node), field, "is not in Unicode NFC (Vietnamese letters must be precomposed): save the file as UTF-8 NFC");
        }
        return value;
    }

    private static int wholeNumber(String value, int min, int max, Node node, String field, String file, String problem) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ScheduleException(file, line(node), field, problem + ", not '" + value + "'");
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, Node node, String field, String file) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ScheduleException(file, line(node), field, "must be one of " + List.of(type.getEnumConstants()) + ", not '" + value + "'");
        }
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private static String decode(InputStream in, String name) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ScheduleException(name, 1, null, "is larger than 1 MB: not a retention schedule");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScheduleException(name, 1, null, "is not UTF-8 text");
        } catch (IOException e) {
            throw new ScheduleException(name, 1, null, "cannot be read: " + e.getMessage());
        }
    }
}
