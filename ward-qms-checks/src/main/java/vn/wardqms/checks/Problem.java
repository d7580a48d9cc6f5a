package vn.wardqms.checks;

import java.nio.file.Path;

/** One thing wrong in a shipped artifact, located so a developer can go straight to it. */
public record Problem(Path file, int line, String message) {

    /** Line 0 means the problem is about the file as a whole (or the tool could not place it). */
    public static Problem inFile(Path file, String message) {
        return new Problem(file, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
