package vn.wardqms.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.checks.SharedContracts;
import vn.wardqms.checks.SpringContextCheck;
import vn.wardqms.checks.model.ModelChecker;

/**
 * Every model the built JAR registers loads in our model checker (../shared/alfresco's XSD and parser binding, the
 * dictionary's rules) after Alfresco's built-in models and in the order the module's bootstrap registers them: short
 * of a running ACS, the proof that the repository will start with them. A FAIL fails the build with file and line.
 */
class ContentModelsIT {
    @TempDir
    Path temp;

    @Test
    void everyShippedModelLoadsInBootstrapOrderAfterTheBuiltIns() throws IOException {
        List<Path> models;
        try (ModuleJar jar = ModuleJar.open()) {
            models = SpringContextCheck.check(jar.root(), PlatformModule.ID).models().stream()
                    .map(entry -> jar.extract(entry, temp)).toList();
        }
        assertThat(models).extracting(p -> p.getFileName().toString()).containsExactly("qmsModel.xml", "qmsWorkflowModel.xml");
        List<ModelChecker.Verdict> verdicts = ModelChecker.withBuiltIns(SharedContracts.dir().resolve("alfresco")).checkAll(models);
        verdicts.forEach(v -> v.lines().forEach(line -> System.out.println("check-models: " + line)));
        assertThat(verdicts).allSatisfy(v -> assertThat(v.problems()).as(v.file().toString()).isEmpty());
        assertThat(verdicts).extracting(ModelChecker.Verdict::modelName).containsExactly("qms:qmsModel", "qmswf:workflowModel");
    }
}
