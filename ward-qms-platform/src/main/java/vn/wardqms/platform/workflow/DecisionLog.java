package vn.wardqms.platform.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.activiti.engine.delegate.DelegateExecution;

/**
 * Who did what and when in a process: kept as the process variable {@value #VARIABLE}, a JSON array so that the
 * repository script that fills the approval aspect, the REST API and a person reading the process variables all see
 * the same record. Entries are flat: round, task, user, outcome, comment, at (ISO-8601 UTC).
 */
public final class DecisionLog {
    public static final String VARIABLE = "qmswf_decisionLog";

    /** One decision. {@code round} counts submissions of the same document in one process (1, 2, ...). */
    public record Entry(int round, String task, String user, String outcome, String comment, Instant at) {
    }

    private DecisionLog() {
    }

    /** Adds the entry to the process's log (the variable lives at process level, so every task sees one log). */
    public static void appendTo(DelegateExecution execution, Entry entry) {
        execution.setVariable(VARIABLE, append((String) execution.getVariable(VARIABLE), entry));
    }

    public static String append(String json, Entry entry) {
        List<Entry> entries = new ArrayList<>(parse(json));
        entries.add(entry);
        return write(entries);
    }

    public static String write(List<Entry> entries) {
        StringBuilder out = new StringBuilder("[");
        for (Entry e : entries) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"round\":").append(e.round());
            field(out, "task", e.task());
            field(out, "user", e.user());
            field(out, "outcome", e.outcome());
            field(out, "comment", e.comment());
            field(out, "at", e.at() == null ? null : e.at().toString());
            out.append('}');
        }
        return out.append(']').toString();
    }

    public static List<Entry> parse(String json) {
        List<Entry> entries = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return entries;
        }
        Parser p = new Parser(json);
        p.expect('[');
        if (!p.peek(']')) {
            do {
                Map<String, String> fields = p.object();
                entries.add(new Entry(Integer.parseInt(fields.getOrDefault("round", "0")), fields.get("task"),
                        fields.get("user"), fields.get("outcome"), fields.get("comment"),
                        fields.get("at") == null ? null : Instant.parse(fields.get("at"))));
            } while (p.consume(','));
        }
        p.expect(']');
        return entries;
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value == null) {
            return;
        }
        out.append(",\"").append(name).append("\":\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Reads exactly what {@link #write} produces: an array of flat objects with string and integer values. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Map<String, String> object() {
            Map<String, String> fields = new LinkedHashMap<>();
            expect('{');
            if (!peek('}')) {
                do {
                    String name = string();
                    expect(':');
                    fields.put(name, peek('"') ? string() : number());
                } while (consume(','));
            }
            expect('}');
            return fields;
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            i++;
            return out.toString();
        }

        String number() {
            skipSpace();
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            return s.substring(start, i);
        }

        boolean peek(char c) {
            skipSpace();
            return i < s.length() && s.charAt(i) == c;
        }

        boolean consume(char c) {
            if (peek(c)) {
                i++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!consume(c)) {
                throw new IllegalArgumentException("malformed " + VARIABLE + " at character " + i + ": expected '" + c + "'");
            }
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
