package vn.wardqms.checks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.wardqms.checks.SharedContracts;

/** Alfresco's own seven built-in models load, in bootstrap order, with what they define. */
class BuiltInModelsTest {

    @Test
    void theSevenBuiltInModelsLoadInBootstrapOrder() {
        List<ModelChecker.Verdict> verdicts = ModelChecker.checkBuiltIns(SharedContracts.dir().resolve("alfresco"));
        assertThat(verdicts).allSatisfy(v -> assertThat(v.problems()).as(v.file().toString()).isEmpty());
        assertThat(verdicts).extracting(ModelChecker.Verdict::modelName).containsExactly("d:dictionary", "sys:systemmodel",
                "usr:usermodel", "cm:contentmodel", "bpm:businessprocessmodel", "app:applicationmodel", "wf:workflowmodel");
        ModelChecker.Verdict content = verdicts.get(3);
        assertThat(content.lines()).singleElement().asString().endsWith("(cm:contentmodel): 18 types, 57 aspects, 145 properties");
    }

    @Test
    void theDictionaryKnowsWhatTheBuiltInsDefine() {
        Dictionary dictionary = ModelChecker.withBuiltIns(SharedContracts.dir().resolve("alfresco")).dictionary();
        assertThat(dictionary.classNamed("cm:content")).hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(ModelFile.Kind.TYPE));
        assertThat(dictionary.classNamed("cm:titled")).hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(ModelFile.Kind.ASPECT));
        assertThat(dictionary.propertyNamed("cm:title")).hasValueSatisfying(p -> assertThat(p.container().localName()).isEqualTo("titled"));
        assertThat(dictionary.isSubClassOf(dictionary.resolve("wf:activitiReviewTask").orElseThrow(), dictionary.resolve("bpm:task").orElseThrow())).isTrue();
        // cm:name is on cm:cmobject, which cm:content extends: a form of cm:content may show it.
        assertThat(dictionary.fieldsOf(dictionary.resolve("cm:content").orElseThrow())).contains(dictionary.resolve("cm:name").orElseThrow());
    }
}
