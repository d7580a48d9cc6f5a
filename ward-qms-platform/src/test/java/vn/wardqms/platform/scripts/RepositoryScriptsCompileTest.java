package vn.wardqms.platform.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EvaluatorException;

/**
 * The repository compiles every script with the Rhino it ships (1.7.15.x in ACS 23–26, ../shared/alfresco/README.md)
 * through {@code Context.enter()}, without setting a language version (RhinoScriptProcessor). The stand-ins run the
 * module's scripts on that Rhino at that version; this test makes sure of both, and that every script the module
 * ships compiles there, so syntax newer than the repository's Rhino accepts fails the build, not the repository.
 */
class RepositoryScriptsCompileTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void theTestsRunTheRhinoTheRepositoryShips() {
        Context cx = Context.enter();
        try {
            assertThat(cx.getImplementationVersion()).startsWith("Rhino 1.7.15");
            assertThat(cx.getLanguageVersion()).isEqualTo(Context.VERSION_DEFAULT);
        } finally {
            Context.exit();
        }
    }

    @Test
    void everyShippedScriptCompilesAsTheRepositoryCompilesIt() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            scripts = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        assertThat(scripts).hasSizeGreaterThan(10);
        List<String> failures = new ArrayList<>();
        Context cx = Context.enter();
        try {
            for (Path script : scripts) {
                String source = Files.readString(script, StandardCharsets.UTF_8)
                        // The repository resolves <import> directives before compiling (ScriptResourceHelper).
                        .replaceAll("(?m)^<import resource=\"[^\"]+\">\\s*$", "");
                try {
                    cx.compileString(source, script.toString(), 1, null);
                } catch (EvaluatorException e) {
                    failures.add(RESOURCES.relativize(script) + ":" + e.lineNumber() + ": " + e.details());
                }
            }
        } finally {
            Context.exit();
        }
        assertThat(failures).as("scripts the repository's Rhino cannot compile").isEmpty();
    }

    @Test
    void syntaxTheRepositoryCannotCompileIsCaught() {
        Context cx = Context.enter();
        try {
            // let, for-of and default parameters: accepted by a newer Rhino or a newer language version, refused here.
            for (String probe : List.of("let a = 1;", "for (var x of [1]) {}", "function f(x = 1) {}")) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> cx.compileString(probe, "probe.js", 1, null))
                        .as(probe).isInstanceOf(EvaluatorException.class);
            }
        } finally {
            Context.exit();
        }
    }
}
