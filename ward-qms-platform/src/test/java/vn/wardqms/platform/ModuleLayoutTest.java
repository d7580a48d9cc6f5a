package vn.wardqms.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.wardqms.checks.ModulePropertiesCheck;
import vn.wardqms.checks.SpringContextCheck;

/** The module is laid out as the repository loads SDK 4 module JARs (checked again on the JAR itself in ModuleJarIT). */
class ModuleLayoutTest {

    @Test
    void contextsParseAndRegisterTheModelAndItsLabels() {
        SpringContextCheck.Result result = SpringContextCheck.check(PlatformModule.classes(), PlatformModule.ID);
        assertThat(result.problems()).isEmpty();
        // In bootstrap order: the content model first, then the task model the workflow deployer registers.
        assertThat(result.models()).containsExactly("alfresco/module/ward-qms-platform/model/qmsModel.xml",
                "alfresco/module/ward-qms-platform/model/qmsWorkflowModel.xml");
        assertThat(result.labelBundles()).containsExactly("alfresco/module/ward-qms-platform/messages/qms-model",
                "alfresco/module/ward-qms-platform/messages/qms-workflow-model", "alfresco/module/ward-qms-platform/messages/qms-workflow");
        assertThat(result.contexts()).extracting(p -> p.getFileName().toString())
                .containsExactly("module-context.xml", "bootstrap-context.xml", "workflow-context.xml", "behaviour-context.xml",
                        "records-behaviour-context.xml", "integrity-context.xml");
    }

    @Test
    void modulePropertiesHaveWhatTheRepositoryRequires() {
        assertThat(ModulePropertiesCheck.check(PlatformModule.classes(), PlatformModule.ID)).isEmpty();
    }
}
