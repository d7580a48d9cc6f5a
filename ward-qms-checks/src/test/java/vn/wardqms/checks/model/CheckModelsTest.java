package vn.wardqms.checks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.checks.SharedContracts;

/** The command line an extension developer uses: one line per model, exit codes a script can rely on. */
class CheckModelsTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void okModelsPrintTheirCountsAndExitZero() throws IOException {
        Path model = write("ok.xml", "<aspect name=\"ex:reviewed\"/>");
        assertThat(run("--builtins", SharedContracts.dir().resolve("alfresco").toString(), model.toString())).isZero();
        assertThat(out()).isEqualTo("OK " + model + " (ex:example): 0 types, 1 aspects, 0 properties\n");
    }

    @Test
    void aFailingModelPrintsEachProblemAtItsLineAndExitsOne() throws IOException {
        Path ok = write("ok.xml", "<aspect name=\"ex:reviewed\"/>");
        Path broken = write("broken.xml", "<aspect name=\"ex:reviewed\"><parent>cm:titledd</parent></aspect>");
        assertThat(run("--builtins=" + SharedContracts.dir().resolve("alfresco"), broken.toString(), ok.toString())).isEqualTo(1);
        // The broken model is not loaded, so the next one (same namespace) is checked without it and passes.
        assertThat(out()).isEqualTo("FAIL " + broken + ":9 | the parent cm:titledd of aspect ex:reviewed is not a type or aspect of this model or a loaded one\n"
                + "OK " + ok + " (ex:example): 0 types, 1 aspects, 0 properties\n");
    }

    @Test
    void usageErrorsExitTwoNamingTheProblem() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).startsWith("usage: check-models");
        assertThat(run("--builtins", temp.toString(), "x.xml")).isEqualTo(2);
        assertThat(err()).contains(temp.resolve("model/modelSchema.xsd") + " is missing");
        assertThat(run("--builtins", SharedContracts.dir().resolve("alfresco").toString(), temp.resolve("none.xml").toString())).isEqualTo(2);
        assertThat(err()).contains(temp.resolve("none.xml") + " is not a readable file");
        assertThat(run("--verbose", "x.xml")).isEqualTo(2);
        assertThat(err()).contains("unknown option --verbose");
        assertThat(run("--help")).isZero();
        assertThat(out()).startsWith("usage: check-models");
    }

    private Path write(String name, String aspects) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, """
                <model name="ex:example" xmlns="http://www.alfresco.org/model/dictionary/1.0">
                    <imports>
                        <import uri="http://www.alfresco.org/model/content/1.0" prefix="cm"/>
                    </imports>
                    <namespaces>
                        <namespace uri="http://example.org/model/1.0" prefix="ex"/>
                    </namespaces>
                    <aspects>
                        %s
                    </aspects>
                </model>
                """.formatted(aspects));
        return file;
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return CheckModels.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
