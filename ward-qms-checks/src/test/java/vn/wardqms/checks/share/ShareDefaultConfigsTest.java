package vn.wardqms.checks.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.checks.BrokenCopy;
import vn.wardqms.checks.share.FormsConfig.Form;
import vn.wardqms.checks.share.FormsConfig.StyledField;

/**
 * Share's own default forms configs, unmodified, are what Share reads every day: our reader must read them without a
 * FAIL and compute for their forms what reading the files by hand gives.
 */
class ShareDefaultConfigsTest {

    @TempDir
    Path temp;

    @Test
    void shareFormConfigReadsWithoutFailAndHasItsFiftyEightForms() {
        FormsConfig config = FormsConfigReader.read(TestConfigs.shareFormConfig());

        assertThat(config.problems()).isEmpty();
        assertThat(config.sections()).hasSize(51);
        assertThat(config.forms()).hasSize(58);
        assertThat(config.forms().stream().filter(f -> f.id() == null)).hasSize(50);
    }

    @Test
    void theDocumentLibrarysSimpleMetadataFormShowsTagsOnlyWhenEditing() {
        Form form = form(FormsConfigReader.read(TestConfigs.shareFormConfig()), "node-type", "cm:content", "doclib-simple-metadata");

        assertThat(form.view().fields()).containsExactly("cm:name", "cm:title", "cm:description", "cm:categories");
        assertThat(form.edit().fields()).containsExactly("cm:name", "cm:title", "cm:description", "cm:taggable", "cm:categories");
        assertThat(form.create().fields()).isEqualTo(form.view().fields());
        assertThat(form.forced()).containsExactly("cm:title", "cm:description", "cm:taggable");
        assertThat(form.templates()).containsEntry(Mode.EDIT, "../documentlibrary/forms/doclib-simple-metadata.ftl").hasSize(1);
        assertThat(form.styledIds()).containsExactly("cm:name", "cm:title", "cm:description", "cm:taggable", "cm:categories");
        StyledField taggable = form.styled().get(3);
        assertThat(taggable.control().template()).isNull();
        assertThat(taggable.control().params()).containsEntry("params", "aspect=cm:taggable").containsEntry("compactMode", "true");
        assertThat(form.styled().get(1).control().template()).isEqualTo("/org/alfresco/components/form/controls/textfield.ftl");
    }

    @Test
    void theContentTypesDefaultFormShowsItsAuditFieldsOnlyInViewMode() {
        Form form = form(FormsConfigReader.read(TestConfigs.shareFormConfig()), "node-type", "cm:content", null);

        assertThat(form.view().fields()).startsWith("cm:name", "cm:title", "cm:description", "mimetype", "cm:author", "size", "cm:creator");
        assertThat(form.edit().fields()).startsWith("cm:name", "cm:title", "cm:description", "mimetype", "cm:author", "cm:taggable", "cm:categories")
                .doesNotContain("size", "cm:creator", "cm:created", "cm:modifier", "cm:modified");
        assertThat(form.create().fields()).doesNotContain("cm:taggable", "size");
    }

    @Test
    void anAspectFormThatOnlyHidesLeavesShareItsDefaultFieldsLessTheHiddenOnes() {
        Form form = form(FormsConfigReader.read(TestConfigs.shareFormConfig()), "aspect", "sync:synced", null);

        for (Mode mode : Mode.values()) {
            assertThat(form.fields(mode).formServiceDefault()).as(mode.word()).isTrue();
            assertThat(form.fields(mode).hiddenFromDefault()).containsExactly("sync:thisVersionLabel", "sync:remoteVersionLabel");
        }
        assertThat(form.view()).hasToString("[*, -sync:thisVersionLabel, -sync:remoteVersionLabel]");
    }

    @Test
    void theEmailedAspectNestsTwoSetsInItsPanel() {
        Form form = form(FormsConfigReader.read(TestConfigs.shareFormConfig()), "aspect", "cm:emailed", null);

        assertThat(form.setPaths()).containsExactly("emailed", "emailed/emailed-details1", "emailed/emailed-details2");
        assertThat(form.sets().get(1).template()).isEqualTo("/org/alfresco/components/form/2-column-set.ftl");
        assertThat(form.styled()).allSatisfy(f -> assertThat(f.attributes()).containsEntry("read-only", "true"));
    }

    @Test
    void twoSectionsForOneAspectAreReadEachAsItStands() {
        List<Form> restrictable = FormsConfigReader.read(TestConfigs.shareFormConfig()).forms().stream()
                .filter(f -> "dp:restrictable".equals(f.condition())).toList();

        assertThat(restrictable).hasSize(2);
        assertThat(restrictable.get(0).edit().fields()).containsExactly("dp:offlineExpiresAfter");
        assertThat(restrictable.get(1).edit().fields()).containsExactly("dp:storeName");
        assertThat(restrictable.get(1).styledIds()).containsExactly("dp:offlineExpiresAfter");
    }

    @Test
    void shareWorkflowFormConfigReadsWithoutFailAndHasItsFortyFourForms() {
        FormsConfig config = FormsConfigReader.read(TestConfigs.shareWorkflowFormConfig());

        assertThat(config.problems()).isEmpty();
        assertThat(config.sections()).hasSize(36);
        assertThat(config.forms()).hasSize(44);
        assertThat(config.forms().stream().filter(f -> "workflow-details".equals(f.id()))).hasSize(8);
    }

    @Test
    void theWorkflowTaskFormShowsShareFormServiceFieldsAndStylesTheDefaultSet() {
        Form form = form(FormsConfigReader.read(TestConfigs.shareWorkflowFormConfig()), "task-type", "bpm:workflowTask", null);

        assertThat(form.edit().fields()).containsExactly("message", "taskOwner", "bpm:priority", "bpm:dueDate", "bpm:taskId", "bpm:status",
                "packageItems", "bpm:comment", "transitions");
        assertThat(form.setPaths()).containsExactly("\"\"", "info", "progress", "items", "response");
        assertThat(form.sets().get(0).labelId()).isEqualTo("workflow.set.task.info");
    }

    @Test
    void anInvitationTaskFormHasItsOwnViewAndEditTemplates() {
        Form form = form(FormsConfigReader.read(TestConfigs.shareWorkflowFormConfig()), "task-type", "inwf:invitePendingTask", null);

        assertThat(form.templates()).containsEntry(Mode.VIEW, "/org/alfresco/components/form/invite-task-form.ftl")
                .containsEntry(Mode.EDIT, "/org/alfresco/components/form/invite-task-form.ftl").doesNotContainKey(Mode.CREATE);
        assertThat(form.view().fields()).containsExactly("inwf:resourceTitle", "inwf:resourceDescription", "inwf:inviteeRole", "bpm:priority",
                "bpm:comment", "transitions");
    }

    @Test
    void aBrokenCopyOfShareFormConfigFailsAtTheBrokenField() {
        Path broken = BrokenCopy.of(TestConfigs.shareFormConfig(), temp.resolve("share-form-config.xml"),
                "<field id=\"cm:sentdate\" read-only=\"true\" />", "<field read-only=\"true\" />").file();

        FormsConfig config = FormsConfigReader.read(broken);

        assertThat(config.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(broken);
            assertThat(p.line()).isEqualTo(BrokenCopy.lineOf(broken, "<field read-only=\"true\" />"));
            assertThat(p.message()).startsWith("<field> has no id");
        });
    }

    @Test
    void aBrokenCopyOfShareFormConfigFailsAtTheSetWhoseParentIsNotDeclared() {
        Path broken = BrokenCopy.of(TestConfigs.shareFormConfig(), temp.resolve("share-form-config.xml"),
                "<set id=\"exif-camera\" parent=\"exif\"", "<set id=\"exif-camera\" parent=\"exif-cam\"").file();

        FormsConfig config = FormsConfigReader.read(broken);

        assertThat(config.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(BrokenCopy.lineOf(broken, "<set id=\"exif-camera\""));
            assertThat(p.message()).contains("<set id=\"exif-camera\"> has parent exif-cam").contains("skip this whole file");
        });
    }

    @Test
    void aBrokenCopyOfShareWorkflowFormConfigThatReplacesASectionFailsAtIt() {
        Path broken = BrokenCopy.of(TestConfigs.shareWorkflowFormConfig(), temp.resolve("share-workflow-form-config.xml"),
                "<config evaluator=\"task-type\" condition=\"bpm:workflowTask\">",
                "<config evaluator=\"task-type\" condition=\"bpm:workflowTask\" replace=\"true\">").file();

        FormsConfig config = FormsConfigReader.read(broken);

        assertThat(config.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(BrokenCopy.lineOf(broken, "replace=\"true\""));
            assertThat(p.message()).contains("<config evaluator=\"task-type\" condition=\"bpm:workflowTask\"> has replace=\"true\"");
        });
    }

    static Form form(FormsConfig config, String evaluator, String condition, String id) {
        List<Form> found = config.forms().stream()
                .filter(f -> evaluator.equals(f.evaluator()) && condition.equals(f.condition()) && java.util.Objects.equals(id, f.id()))
                .toList();
        assertThat(found).as(evaluator + "=" + condition + " form " + id).hasSize(1);
        return found.get(0);
    }
}
