package vn.wardqms.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.wardqms.checks.ModelFacts;

/** docs/model.md explains every class, property, association and list value the model has, so it stays true. */
class ModelDocsTest {

    @Test
    void documentsEveryModelItem() throws IOException {
        String docs = Files.readString(PlatformModule.projectRoot().resolve("docs/model.md"), StandardCharsets.UTF_8);
        ModelFacts model = ModelFacts.read(PlatformModule.model(PlatformModule.sources()));
        List<String> items = new ArrayList<>();
        model.classes().forEach(c -> items.add(c.name()));
        model.properties().forEach(p -> items.add(p.name()));
        model.associations().forEach(a -> items.add(a.name()));
        model.constraints().stream().filter(c -> "LIST".equals(c.type())).forEach(c -> items.addAll(c.listValues()));
        assertThat(items).allSatisfy(item -> assertThat(docs).as("docs/model.md mentions " + item).contains("`" + item + "`"));
    }
}
