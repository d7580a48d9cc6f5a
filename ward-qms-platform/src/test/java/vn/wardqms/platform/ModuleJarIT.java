package vn.wardqms.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.wardqms.checks.LocatedProperties;
import vn.wardqms.checks.ModelSchemaCheck;
import vn.wardqms.checks.ModulePropertiesCheck;
import vn.wardqms.checks.SharedContracts;
import vn.wardqms.checks.SpringContextCheck;

/** What is actually shipped: the JAR that goes into the repository's WEB-INF/lib. */
class ModuleJarIT {
    private static ModuleJar jar;

    @BeforeAll
    static void open() {
        jar = ModuleJar.open();
    }

    @AfterAll
    static void close() throws IOException {
        jar.close();
    }

    @Test
    void everyContextParsesAndEveryResourceItNamesIsInTheJar() {
        SpringContextCheck.Result result = SpringContextCheck.check(jar.root(), PlatformModule.ID);
        assertThat(result.problems()).isEmpty();
        assertThat(result.models()).isNotEmpty();
    }

    @Test
    void modulePropertiesCarryTheBuiltVersionAndTheSupportedRepositoryRange() {
        assertThat(ModulePropertiesCheck.check(jar.root(), PlatformModule.ID)).isEmpty();
        LocatedProperties props = LocatedProperties.read(
                jar.root().resolve("alfresco/module/ward-qms-platform/module.properties"), StandardCharsets.US_ASCII);
        assertThat(props.get("module.version")).isEqualTo(System.getProperty("wardqms.project.version"));
        assertThat(props.get("module.repo.version.min")).isEqualTo("23.1.0");
        assertThat(props.get("module.repo.version.max")).startsWith("26.");
    }

    @Test
    void everyShippedModelMatchesTheRepositorySchema() {
        ModelSchemaCheck schema = new ModelSchemaCheck(SharedContracts.modelSchema());
        for (String model : SpringContextCheck.check(jar.root(), PlatformModule.ID).models()) {
            assertThat(schema.check(jar.root().resolve(model))).as(model).isEmpty();
        }
    }

    @Test
    void shipsOnlyModuleResources() throws IOException {
        try (Stream<Path> entries = Files.walk(jar.root())) {
            List<String> files = entries.filter(Files::isRegularFile).map(p -> jar.root().relativize(p).toString()).toList();
            // Web scripts only where the repository's extension store reads them (web-scripts-application-context.xml:
            // classpath alfresco/extension/templates/webscripts), under our own package.
            assertThat(files).allSatisfy(f -> assertThat(f).matches(
                    "(alfresco/module/ward-qms-platform/|alfresco/extension/templates/webscripts/vn/wardqms/|META-INF/|vn/wardqms/platform/).*"));
            // Only the rule classes: no test double or stand-in may reach the repository.
            assertThat(files).noneMatch(f -> f.startsWith("org/") || f.contains("standin"));
        }
    }
}
