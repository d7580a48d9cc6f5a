package vn.wardqms.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helper: a copy of a shipped file with one deliberate defect, and the line the defect is on. */
public record BrokenCopy(Path file, int line) {

    /** Copies {@code original} to {@code target}, replacing the single occurrence of {@code find}. */
    public static BrokenCopy of(Path original, Path target, String find, String replacement) {
        try {
            String text = Files.readString(original, StandardCharsets.UTF_8);
            int at = text.indexOf(find);
            if (at < 0 || text.indexOf(find, at + 1) >= 0) {
                throw new IllegalArgumentException("'" + find + "' must occur exactly once in " + original);
            }
            String broken = text.substring(0, at) + replacement + text.substring(at + find.length());
            Files.createDirectories(target.getParent());
            Files.writeString(target, broken, StandardCharsets.UTF_8);
            int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            return new BrokenCopy(target, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1-based line of the first line containing {@code text}. */
    public static int lineOf(Path file, String text) {
        return lineOf(file, text, 1);
    }

    /** 1-based line of the nth line containing {@code text}. */
    public static int lineOf(Path file, String text, int nth) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int seen = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text) && ++seen == nth) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not " + nth + " time(s) in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a whole directory tree (e.g. the built module) so a test can break one file in it. */
    public static void copyTree(Path from, Path to) {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
