package vn.wardqms.checks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A .properties file read with java.util.Properties syntax, keeping the line of every entry. Decoding is strict:
 * bytes that are not valid in the file's charset are a located problem, not silently replaced.
 */
public final class LocatedProperties {

    public record Entry(String key, String value, int line) {
    }

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private LocatedProperties(Path file) {
        this.file = file;
    }

    public static LocatedProperties read(Path file, Charset charset) {
        LocatedProperties props = new LocatedProperties(file);
        List<String> lines;
        try {
            lines = props.decodeLines(Files.readAllBytes(file), charset);
        } catch (IOException e) {
            props.problems.add(Problem.inFile(file, "cannot read: " + e.getMessage()));
            return props;
        }
        props.parse(lines);
        return props;
    }

    public Path file() {
        return file;
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    public String get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    /** Problems found while reading: undecodable bytes, duplicate keys, empty keys. */
    public List<Problem> problems() {
        return problems;
    }

    private List<String> decodeLines(byte[] bytes, Charset charset) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                CharsetDecoder decoder = charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                try {
                    lines.add(decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString());
                } catch (CharacterCodingException e) {
                    problems.add(new Problem(file, lines.size() + 1, "not valid " + charset.name() + " text"));
                    lines.add("");
                }
                start = i + 1;
            }
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private void parse(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            int firstLine = i + 1;
            String line = stripLeading(lines.get(i));
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder(line);
            while (endsWithContinuation(logical) && i + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(stripLeading(lines.get(++i)));
            }
            add(logical.toString(), firstLine);
        }
    }

    private void add(String logical, int line) {
        int keyEnd = 0;
        while (keyEnd < logical.length()) {
            char c = logical.charAt(keyEnd);
            if (c == '\\') {
                keyEnd += 2;
                continue;
            }
            if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            }
            keyEnd++;
        }
        keyEnd = Math.min(keyEnd, logical.length());
        int valueStart = keyEnd;
        while (valueStart < logical.length() && Character.isWhitespace(logical.charAt(valueStart))) {
            valueStart++;
        }
        if (valueStart < logical.length() && (logical.charAt(valueStart) == '=' || logical.charAt(valueStart) == ':')) {
            valueStart++;
        }
        String key;
        String value;
        try {
            key = unescape(logical.substring(0, keyEnd));
            value = unescape(stripLeading(logical.substring(valueStart)));
        } catch (RuntimeException e) {
            problems.add(new Problem(file, line, "malformed \\uXXXX escape"));
            return;
        }
        if (key.isEmpty()) {
            problems.add(new Problem(file, line, "entry without a key"));
            return;
        }
        Entry previous = entries.put(key, new Entry(key, value, line));
        if (previous != null) {
            problems.add(new Problem(file, line, "duplicate key " + key + " (first on line " + previous.line() + ")"));
        }
    }

    private static boolean endsWithContinuation(CharSequence s) {
        int backslashes = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        return s.substring(i);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
