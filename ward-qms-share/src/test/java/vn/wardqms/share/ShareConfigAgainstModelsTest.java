package vn.wardqms.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.checks.BrokenCopy;
import vn.wardqms.checks.SharedContracts;
import vn.wardqms.checks.share.CheckShare;

/**
 * {@code ./run.sh check-share} with the module's models and bundles, as an extension developer runs it: our config
 * reads without a FAIL, and copies with a field, condition or message key the models and bundles lack fail at their line.
 */
class ShareConfigAgainstModelsTest {
    @TempDir
    Path temp;

    @Test
    void theModulesConfigReadsCleanAgainstItsModelsAndBundles() {
        List<String> lines = new ArrayList<>();
        assertThat(checkShare(ShareModule.sources().resolve(ShareModule.CONFIG), lines)).as(String.join("\n", lines)).isZero();
        assertThat(lines).hasSize(48).allSatisfy(line -> assertThat(line).startsWith("FORM "));
    }

    @Test
    void aFieldTheModelsDoNotHaveFailsAtItsLine() {
        assertFailsAt(4, "node-type\" condition=\"qms:recordFolder\">\n        <forms>\n            <form>\n                <field-visibility>\n                    <show id=\"cm:name\"/>", "node-type\" condition=\"qms:recordFolder\">\n        <forms>\n            <form>\n                <field-visibility>\n                    <show id=\"cm:name\"/>".replace("cm:name", "qms:fileYaer"),
                "field qms:fileYaer is not a property or association of the models");
    }

    @Test
    void aFieldOfAnotherClassShownWithoutForceFailsAtItsLine() {
        assertFailsAt(4, "node-type\" condition=\"qms:recordFolder\">\n        <forms>\n            <form>\n                <field-visibility>\n                    <show id=\"cm:name\"/>", "node-type\" condition=\"qms:recordFolder\">\n        <forms>\n            <form>\n                <field-visibility>\n                    <show id=\"cm:name\"/>".replace("cm:name", "qms:legalNumber"),
                "field qms:legalNumber is not a property or association of qms:recordFolder", "force=\"true\"");
    }

    @Test
    void aNodeTypeSectionForAnAspectFailsAtItsLine() {
        assertFailsAt(0, "<config evaluator=\"node-type\" condition=\"qms:recordFolder\">", "<config evaluator=\"node-type\" condition=\"qms:retention\">",
                "qms:retention is an aspect; the node-type evaluator matches types");
    }

    @Test
    void aMessageKeyMissingFromTheBundlesFailsAtItsLine() {
        assertFailsAt(0, "label-id=\"qms.search.nextReviewDueRange\"", "label-id=\"qms.search.nextReviewDue\"",
                "label-id 'qms.search.nextReviewDue' of <field> is not in ward-qms-share.properties");
    }

    private void assertFailsAt(int lineOffset, String find, String replacement, String... reason) {
        BrokenCopy broken = BrokenCopy.of(ShareModule.sources().resolve(ShareModule.CONFIG), temp.resolve("share-config-custom.xml"), find, replacement);
        List<String> lines = new ArrayList<>();
        assertThat(checkShare(broken.file(), lines)).isEqualTo(CheckShare.FAILED);
        assertThat(lines).filteredOn(l -> l.startsWith("FAIL ")).anySatisfy(line -> {
            assertThat(line).startsWith("FAIL " + broken.file() + ":" + (broken.line() + lineOffset) + " | ");
            assertThat(line).contains(reason);
        });
    }

    private static int checkShare(Path config, List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path messages = ShareModule.sources();
        int exit = CheckShare.run(new String[] {"--builtins", SharedContracts.dir().resolve("alfresco").toString(),
                "--model", ShareModule.contentModel().toString(), "--model", ShareModule.taskModel().toString(),
                "--messages", messages.resolve(ShareModule.ENGLISH).toString(), "--messages", messages.resolve(ShareModule.VIETNAMESE).toString(),
                config.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        lines.addAll(out.toString(StandardCharsets.UTF_8).lines().toList());
        lines.addAll(err.toString(StandardCharsets.UTF_8).lines().toList());
        return exit;
    }
}
