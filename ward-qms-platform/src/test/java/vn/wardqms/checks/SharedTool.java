package vn.wardqms.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one of the checking tools in ../shared/tools (each a check.sh that prints one verdict a line) and hands every
 * line of its output, standard error included, to the caller as it comes.
 */
public final class SharedTool {
    private static final long MINUTES = 15;

    /** How the tool ended: its exit code and everything it printed (for an error message). */
    public record Run(int exitCode, String output) {
    }

    private SharedTool() {
    }

    /** @param tool the tool's folder under tools/, e.g. {@code real-dictionary} */
    public static Run run(String tool, List<String> arguments, Consumer<String> eachLine) {
        Path script = SharedContracts.dir().resolve("tools/" + tool + "/check.sh");
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(arguments);
        StringBuilder output = new StringBuilder();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    output.append(line).append('\n');
                    eachLine.accept(line);
                }
            }
            if (!process.waitFor(MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(tool + " did not finish in " + MINUTES + " minutes");
            }
            return new Run(process.exitValue(), output.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + tool, e);
        }
    }
}
