package vn.wardqms.checks.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: its output lines, exit codes and usage errors. */
class CheckShareTest {
    /** The FORM line as the withdrawn tool printed it, so scripts that parsed it keep working. */
    private static final Pattern FORM = Pattern.compile(
            "^FORM (\\S+) \\[(\\S+?)=(\\S+?)] form=(\\S+) view=\\[(.*?)] edit=\\[(.*?)] create=\\[(.*?)] sets=\\[(.*?)] appearance=\\[(.*?)]$");
    private static final Pattern FAIL = Pattern.compile("^FAIL (\\S+):(\\d+) \\| (.+)$");

    @TempDir
    Path temp;

    private record Run(int exitCode, List<String> out, List<String> err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CheckShare.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void shareFormConfigPrintsOneFormLinePerFormAndExitsZero() {
        Path file = TestConfigs.shareFormConfig();

        Run run = run(file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).hasSize(58).allMatch(l -> l.startsWith("FORM " + file + " ["));
        assertThat(run.out()).contains("FORM " + file + " [node-type=cm:content] form=doclib-simple-metadata"
                + " view=[cm:name, cm:title, cm:description, cm:categories]"
                + " edit=[cm:name, cm:title, cm:description, cm:taggable, cm:categories]"
                + " create=[cm:name, cm:title, cm:description, cm:categories]"
                + " sets=[] appearance=[cm:name, cm:title, cm:description, cm:taggable, cm:categories]");
        assertThat(run.out()).contains("FORM " + file + " [aspect=sync:synced] form=null"
                + " view=[*, -sync:thisVersionLabel, -sync:remoteVersionLabel] edit=[*, -sync:thisVersionLabel, -sync:remoteVersionLabel]"
                + " create=[*, -sync:thisVersionLabel, -sync:remoteVersionLabel] sets=[] appearance=[]");
        assertThat(run.out()).filteredOn(l -> l.contains("[aspect=cm:emailed]")).singleElement().asString()
                .contains(" sets=[emailed, emailed/emailed-details1, emailed/emailed-details2] ");
    }

    @Test
    void everyFormLineOfShareWorkflowFormConfigMatchesTheOldToolsPattern() {
        Run run = run(TestConfigs.shareWorkflowFormConfig().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).hasSize(44).allMatch(l -> FORM.matcher(l).matches());
        assertThat(run.out()).anyMatch(l -> l.contains("[task-type=bpm:workflowTask] form=null") && l.contains(" sets=[\"\", info, progress, items, response] "));
    }

    @Test
    void aConfigShareCannotReadPrintsItsFailsAtTheirLinesAndExitsOne() {
        Path file = TestConfigs.write(temp.resolve("broken.xml"), """
                <alfresco-config>
                   <config evaluator="node-type" condition="ex:doc" replace="true">
                      <forms>
                         <form>
                            <field-visibility>
                               <show id="cm:name" for-mode="edit"/>
                            </field-visibility>
                            <appearance>
                               <field set="main"/>
                            </appearance>
                         </form>
                      </forms>
                   </config>
                </alfresco-config>
                """);

        Run run = run(file.toString());

        assertThat(run.exitCode()).isEqualTo(CheckShare.FAILED);
        assertThat(run.out()).containsExactly(
                "FORM " + file + " [node-type=ex:doc] form=null view=[*] edit=[cm:name] create=[*] sets=[] appearance=[]",
                "FAIL " + file + ":2 | <config evaluator=\"node-type\" condition=\"ex:doc\"> has replace=\"true\": Share would throw away its own "
                        + "configuration of this section instead of merging ours into it (the project forbids replace)",
                "FAIL " + file + ":9 | <field> has no id: Share's config service would skip this whole file");
        assertThat(run.out().subList(1, 3)).allMatch(l -> FAIL.matcher(l).matches());
    }

    @Test
    void malformedXmlFailsAtTheLineTheParserStopsOn() {
        Path file = TestConfigs.write(temp.resolve("malformed.xml"), """
                <alfresco-config>
                   <config evaluator="node-type" condition="ex:doc">
                      <forms>
                   </config>
                </alfresco-config>
                """);

        Run run = run(file.toString());

        assertThat(run.exitCode()).isEqualTo(CheckShare.FAILED);
        assertThat(run.out()).singleElement().asString().startsWith("FAIL " + file + ":4 | not well-formed XML");
    }

    @Test
    void severalFilesAreReadInTurnAndOneFailureFailsTheRun() {
        Path good = TestConfigs.write(temp.resolve("good.xml"), """
                <alfresco-config>
                   <config evaluator="aspect" condition="ex:marked"><forms><form id="f"/></forms></config>
                </alfresco-config>
                """);
        Path bad = TestConfigs.write(temp.resolve("bad.xml"), """
                <alfresco-config>
                   <config evaluator="aspekt" condition="ex:marked"><forms><form/></forms></config>
                </alfresco-config>
                """);

        Run run = run(good.toString(), bad.toString());

        assertThat(run.exitCode()).isEqualTo(CheckShare.FAILED);
        assertThat(run.out()).hasSize(3);
        assertThat(run.out().get(0)).isEqualTo("FORM " + good + " [aspect=ex:marked] form=f view=[*] edit=[*] create=[*] sets=[] appearance=[]");
        assertThat(run.out().get(1)).startsWith("FORM " + bad + " [aspekt=ex:marked] form=null");
        assertThat(run.out().get(2)).startsWith("FAIL " + bad + ":2 | <config evaluator=\"aspekt\" condition=\"ex:marked\">: evaluator aspekt is neither");
    }

    @Test
    void aSectionWithoutEvaluatorPrintsNullForIt() {
        Path file = TestConfigs.write(temp.resolve("global.xml"), """
                <alfresco-config>
                   <config><forms><form><field-visibility><show id="cm:name"/></field-visibility></form></forms></config>
                </alfresco-config>
                """);

        Run run = run(file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsExactly("FORM " + file + " [null=null] form=null view=[cm:name] edit=[cm:name] create=[cm:name] sets=[] appearance=[]");
    }

    @Test
    void withoutFilesItPrintsUsageAndExitsTwo() {
        Run run = run();

        assertThat(run.exitCode()).isEqualTo(CheckShare.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).first().asString().startsWith("usage: check-share [--model FILE]... [--messages FILE]... [--builtins DIR] FILE...");
    }

    @Test
    void anUnreadableFileIsAUsageErrorNamedOnOneLine() {
        Path good = TestConfigs.write(temp.resolve("good.xml"), "<alfresco-config/>");
        Path missing = temp.resolve("missing.xml");

        Run run = run(good.toString(), missing.toString(), temp.toString());

        assertThat(run.exitCode()).isEqualTo(CheckShare.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsExactly("cannot read " + missing + ": not a readable file", "cannot read " + temp + ": not a readable file");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = run("--verbose", TestConfigs.shareFormConfig().toString());

        assertThat(run.exitCode()).isEqualTo(CheckShare.USAGE);
        assertThat(run.err()).containsExactly("unknown option --verbose (see --help)");
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        Run run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).first().asString().startsWith("usage: ");
        assertThat(String.join("\n", run.out())).contains("FORM <file> [<evaluator>=<condition>] form=<id>").contains("FAIL <file>:<line> | <reason>")
                .contains("[*]");
    }
}
