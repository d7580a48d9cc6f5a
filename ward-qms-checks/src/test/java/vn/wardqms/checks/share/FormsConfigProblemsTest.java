package vn.wardqms.checks.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.wardqms.checks.BrokenCopy;

/**
 * A config that Share reads as its author meant, and broken copies of it, one defect each: every copy fails once, at
 * the defect's line, with a reason that names the element.
 */
class FormsConfigProblemsTest {
    private static final String VALID = """
            <alfresco-config>
               <plug-ins>
                  <evaluators>
                     <evaluator id="ex-kind" class="vn.example.KindEvaluator"/>
                  </evaluators>
               </plug-ins>
               <config>
                  <forms>
                     <default-controls>
                        <type name="text" template="/org/alfresco/components/form/controls/textfield.ftl"/>
                     </default-controls>
                     <constraint-handlers>
                        <constraint type="MANDATORY" validation-handler="Alfresco.forms.validation.mandatory" event="keyup"/>
                     </constraint-handlers>
                     <dependencies>
                        <js src="/ex/forms.js"/>
                     </dependencies>
                  </forms>
               </config>
               <config evaluator="node-type" condition="ex:doc">
                  <forms>
                     <form>
                        <field-visibility>
                           <show id="cm:name"/>
                           <show id="ex:code" for-mode="view,edit"/>
                           <show id="cm:title" force="true"/>
                           <show id="cm:creator" for-mode="view"/>
                           <hide id="cm:title" for-mode="create"/>
                        </field-visibility>
                        <edit-form template="/ex/edit-form.ftl"/>
                        <appearance>
                           <set id="main" appearance="bordered-panel" label-id="ex.set.main"/>
                           <set id="details" parent="main" template="/org/alfresco/components/form/2-column-set.ftl"/>
                           <field id="cm:name" set="main" read-only="true"/>
                           <field id="ex:code" set="details">
                              <control template="/ex/code.ftl">
                                 <control-param name="maxLength">20</control-param>
                              </control>
                              <constraint-handlers>
                                 <constraint type="REGEX" validation-handler="Ex.validateCode" event="blur"/>
                              </constraint-handlers>
                           </field>
                        </appearance>
                     </form>
                     <form id="simple">
                        <field-visibility>
                           <show id="cm:name"/>
                        </field-visibility>
                     </form>
                  </forms>
               </config>
               <config evaluator="ex-kind" condition="record">
                  <forms>
                     <form/>
                  </forms>
               </config>
            </alfresco-config>
            """;

    @TempDir
    Path temp;

    @Test
    void theValidConfigReadsWithoutProblem() {
        FormsConfig config = FormsConfigReader.read(TestConfigs.write(temp.resolve("valid.xml"), VALID));

        assertThat(config.problems()).isEmpty();
        assertThat(config.forms()).hasSize(3);
    }

    /**
     * A defect: the text to break and its broken form, where the failure must be (the nth line of the broken copy
     * that contains {@code at}) and what its reason must say.
     */
    record Defect(String what, String find, String broken, String at, int nth, String reason) {
        @Override
        public String toString() {
            return what;
        }
    }

    private static Defect defect(String what, String find, String broken, String at, String reason) {
        return new Defect(what, find, broken, at, 1, reason);
    }

    private static Defect again(String what, String find, String broken, String at, String reason) {
        return new Defect(what, find, broken, at, 2, reason);
    }

    static Stream<Defect> defects() {
        return Stream.of(
                defect("malformed XML", "read-only=\"true\"", "read-only=true", "read-only=true", "not well-formed XML"),
                defect("replace", "<config evaluator=\"node-type\" condition=\"ex:doc\">",
                        "<config evaluator=\"node-type\" condition=\"ex:doc\" replace=\"TRUE\">", "replace=",
                        "<config evaluator=\"node-type\" condition=\"ex:doc\"> has replace=\"TRUE\""),
                defect("empty evaluator", "<config evaluator=\"ex-kind\"", "<config evaluator=\"\"", "<config evaluator=\"\"", "has an empty evaluator"),
                defect("empty condition", "condition=\"record\"", "condition=\"\"", "condition=\"\"", "has an empty condition"),
                defect("unknown evaluator", "<config evaluator=\"ex-kind\"", "<config evaluator=\"ex-knd\"", "ex-knd", "evaluator ex-knd is neither"),
                defect("condition without evaluator", "<config evaluator=\"ex-kind\" condition", "<config condition", "<config condition",
                        "<config condition=\"record\"> has a condition but no evaluator"),
                defect("evaluator without condition", " condition=\"record\"", "", "<config evaluator=\"ex-kind\">",
                        "<config evaluator=\"ex-kind\"> has an evaluator but no condition"),
                defect("misspelt config attribute", "<config evaluator=\"node-type\" condition=\"ex:doc\">",
                        "<config evaluator=\"node-type\" condition=\"ex:doc\" replce=\"true\">", "replce",
                        "<config evaluator=\"node-type\" condition=\"ex:doc\"> has attribute replce, which Share does not read"),
                defect("evaluator without class", " class=\"vn.example.KindEvaluator\"", "", "<evaluator id", "<evaluator id=\"ex-kind\"> has no class"),
                defect("unknown root child", "<config>", "<confg/>\n   <config>", "<confg/>", "<confg> in <alfresco-config> is not read by Share"),
                defect("unknown child of forms", "<dependencies>", "<dependency/>\n         <dependencies>", "<dependency/>", "<dependency> in <forms> is not read"),
                defect("second default-controls", "<dependencies>", "<default-controls/>\n         <dependencies>", "<default-controls/>",
                        "a second <default-controls> in this <forms>"),
                defect("type without template", "<type name=\"text\" template=\"/org/alfresco/components/form/controls/textfield.ftl\"/>",
                        "<type name=\"text\"/>", "<type name", "<type name=\"text\"> has no template"),
                defect("type without name", "<type name=\"text\"", "<type", "<type template", "<type> has no name"),
                defect("not a type in default-controls", "<type name=\"text\"", "<control name=\"text\"", "<control name",
                        "<control> in <default-controls>: Share reads every child there as a <type>"),
                defect("constraint without validation handler", " validation-handler=\"Alfresco.forms.validation.mandatory\"", "",
                        "type=\"MANDATORY\"", "<constraint type=\"MANDATORY\"> has no validation-handler"),
                defect("field constraint without type", "type=\"REGEX\" ", "", "Ex.validateCode", "<constraint> has no type"),
                defect("js without src", "<js src=\"/ex/forms.js\"/>", "<js/>", "<js/>", "<js> has no src"),
                again("second default form", "<form id=\"simple\">", "<form>", "<form>", "a second default <form> (no id) in this <forms>"),
                again("second form with an id", "<form>", "<form id=\"simple\">", "<form id=\"simple\">", "a second <form id=\"simple\"> in this <forms>"),
                defect("form with an empty id", "<form id=\"simple\">", "<form id=\"\">", "<form id=\"\">", "<form id=\"\"> is never used"),
                defect("unknown child of form", "<edit-form template", "<edit-from template", "<edit-from", "<edit-from> in <form> is not read"),
                defect("form template without template", "<edit-form template=\"/ex/edit-form.ftl\"/>", "<edit-form/>", "<edit-form/>",
                        "<edit-form> has no template"),
                defect("show without id", "<show id=\"cm:creator\" for-mode", "<show for-mode", "<show for-mode", "<show> has no id"),
                defect("hide without id", "<hide id=\"cm:title\" for-mode", "<hide for-mode", "<hide for-mode", "<hide> has no id"),
                defect("show with an empty id", "<show id=\"cm:creator\"", "<show id=\"\"", "<show id=\"\"", "<show id=\"\"> names no field"),
                defect("unknown child of field-visibility", "<show id=\"cm:creator\"", "<shown id=\"cm:creator\"", "<shown", "<shown> in <field-visibility> is not read"),
                defect("for-mode that is no mode", "for-mode=\"view,edit\"", "for-mode=\"view,edti\"", "edti",
                        "<show id=\"ex:code\">: for-mode entry \"edti\" is not view, edit or create; Share ignores it, so this <show> applies only in view"),
                defect("misspelt for-mode", "<show id=\"cm:creator\" for-mode=", "<show id=\"cm:creator\" for-modes=", "for-modes",
                        "<show id=\"cm:creator\"> has attribute for-modes, which Share does not read"),
                defect("force that is not a boolean", "force=\"true\"", "force=\"yes\"", "force=\"yes\"",
                        "<show id=\"cm:title\"> has force=\"yes\", which Share reads as false"),
                defect("unknown child of appearance", "<set id=\"details\"", "<sets id=\"details\"", "<sets", "<sets> in <appearance> is not read"),
                defect("set without id", "<set id=\"details\" parent", "<set parent", "<set parent", "<set> has no id"),
                defect("set with an undeclared parent", "parent=\"main\"", "parent=\"mian\"", "mian",
                        "<set id=\"details\"> has parent mian, which is not declared before it in this form"),
                defect("set whose parent comes after it", """
                        <set id="main" appearance="bordered-panel" label-id="ex.set.main"/>
                                       <set id="details" parent="main" template="/org/alfresco/components/form/2-column-set.ftl"/>""", """
                        <set id="details" parent="main" template="/org/alfresco/components/form/2-column-set.ftl"/>
                                       <set id="main" appearance="bordered-panel" label-id="ex.set.main"/>""", "<set id=\"details\"",
                        "<set id=\"details\"> has parent main, which is not declared before it"),
                defect("default set with a parent", "<set id=\"details\"", "<set id=\"\" parent=\"main\"/>\n<set id=\"details\"", "<set id=\"\"",
                        "the default set (id \"\") cannot have a parent"),
                again("set declared twice", "<set id=\"details\" parent=\"main\"", "<set id=\"main\" parent=\"main\"", "<set id=\"main\"",
                        "<set id=\"main\"> is declared twice in this form"),
                defect("field without id", "<field id=\"cm:name\" set=\"main\"", "<field set=\"main\"", "<field set", "<field> has no id"),
                again("field styled twice", "<field id=\"cm:name\" set=\"main\"", "<field id=\"ex:code\" set=\"main\"", "<field id=\"ex:code\"",
                        "<field id=\"ex:code\"> is styled twice in this form"),
                defect("read-only that is not a boolean", "read-only=\"true\"", "read-only=\"1\"", "read-only=\"1\"",
                        "<field id=\"cm:name\"> has read-only=\"1\""),
                defect("unknown child of field", "<constraint-handlers>\n                     <constraint type=\"REGEX\"",
                        "<constraints/>\n<constraint-handlers>\n<constraint type=\"REGEX\"", "<constraints/>", "<constraints> in <field> is not read"),
                defect("second control", "</control>", "</control>\n<control template=\"/ex/other.ftl\"/>", "/ex/other.ftl",
                        "a second <control> in <field id=\"ex:code\">"),
                defect("control-param without name", "<control-param name=\"maxLength\">", "<control-param>", "<control-param>", "<control-param> has no name"),
                defect("unknown child of control", "<control-param name=\"maxLength\">20</control-param>", "<param name=\"maxLength\">20</param>",
                        "<param name", "<param> in <control> is not read"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void eachDefectFailsOnceAtItsLineNamingTheElement(Defect defect) {
        Path valid = TestConfigs.write(temp.resolve("valid.xml"), VALID);
        Path copy = BrokenCopy.of(valid, temp.resolve("broken.xml"), defect.find(), defect.broken()).file();
        int line = BrokenCopy.lineOf(copy, defect.at(), defect.nth());

        FormsConfig config = FormsConfigReader.read(copy);

        assertThat(config.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(copy);
            assertThat(p.line()).as("line of " + defect.at()).isEqualTo(line);
            assertThat(p.message()).contains(defect.reason());
        });
    }
}
