package vn.wardqms.checks.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.checks.share.FormsConfig.Form;
import vn.wardqms.checks.share.FormsConfig.Forms;
import vn.wardqms.checks.share.FormsConfig.Section;

/** What Share computes from small configs, one rule at a time: field visibility, default forms, sets, controls. */
class FormsConfigReaderTest {

    @TempDir
    Path temp;

    private FormsConfig read(String forms) {
        return FormsConfigReader.read(TestConfigs.write(temp.resolve("config.xml"), """
                <alfresco-config>
                   <config evaluator="node-type" condition="ex:doc">
                      <forms>
                %s
                      </forms>
                   </config>
                </alfresco-config>
                """.formatted(forms)));
    }

    private Form onlyForm(String forms) {
        FormsConfig config = read(forms);
        assertThat(config.problems()).isEmpty();
        assertThat(config.forms()).hasSize(1);
        return config.forms().get(0);
    }

    @Test
    void aFormWithoutVisibilityInstructionsShowsWhatTheFormServiceGivesInEveryMode() {
        Form form = onlyForm("<form/>");

        for (Mode mode : Mode.values()) {
            assertThat(form.fields(mode).formServiceDefault()).isTrue();
            assertThat(form.fields(mode).hiddenFromDefault()).isEmpty();
            assertThat(form.fields(mode)).hasToString("[*]");
        }
    }

    @Test
    void showsWithoutForModeApplyInEveryModeAndForModeNarrowsThem() {
        Form form = onlyForm("""
                <form>
                   <field-visibility>
                      <show id="cm:name"/>
                      <show id="ex:code" for-mode="view,edit"/>
                      <show id="cm:creator" for-mode="view"/>
                      <show id="ex:draft" for-mode=" Create , EDIT "/>
                   </field-visibility>
                </form>""");

        assertThat(form.view().fields()).containsExactly("cm:name", "ex:code", "cm:creator");
        assertThat(form.edit().fields()).containsExactly("cm:name", "ex:code", "ex:draft");
        assertThat(form.create().fields()).containsExactly("cm:name", "ex:draft");
    }

    @Test
    void aHideAfterAShowTakesTheFieldOutOfItsModesButAShowAgainPutsItBackAtItsFirstPlace() {
        Form form = onlyForm("""
                <form>
                   <field-visibility>
                      <show id="cm:name"/>
                      <show id="cm:title"/>
                      <show id="cm:description"/>
                      <hide id="cm:title" for-mode="create"/>
                      <hide id="cm:description"/>
                      <show id="cm:name"/>
                      <show id="cm:description" for-mode="view"/>
                   </field-visibility>
                </form>""");

        assertThat(form.view().fields()).containsExactly("cm:name", "cm:title", "cm:description");
        assertThat(form.edit().fields()).containsExactly("cm:name", "cm:title");
        assertThat(form.create().fields()).containsExactly("cm:name");
    }

    @Test
    void hidesBeforeTheFirstShowDoNotNarrowTheShownFields() {
        Form form = onlyForm("""
                <form>
                   <field-visibility>
                      <hide id="cm:title"/>
                      <show id="cm:name"/>
                      <show id="cm:title"/>
                   </field-visibility>
                </form>""");

        assertThat(form.edit().fields()).containsExactly("cm:name", "cm:title");
    }

    @Test
    void hidesAloneLeaveTheFormServiceFieldsLessTheHiddenOnesPerMode() {
        Form form = onlyForm("""
                <form>
                   <field-visibility>
                      <hide id="cm:creator"/>
                      <hide id="cm:modifier" for-mode="view"/>
                   </field-visibility>
                </form>""");

        assertThat(form.view().hiddenFromDefault()).containsExactly("cm:creator", "cm:modifier");
        assertThat(form.edit().hiddenFromDefault()).containsExactly("cm:creator");
        assertThat(form.edit()).hasToString("[*, -cm:creator]");
        assertThat(form.view().formServiceDefault()).isTrue();
    }

    @Test
    void aModeNoShowNamesFallsBackToTheFormServiceFieldsLessThoseHiddenInIt() {
        Form form = onlyForm("""
                <form>
                   <field-visibility>
                      <hide id="cm:modified" for-mode="edit"/>
                      <show id="cm:name" for-mode="view"/>
                   </field-visibility>
                </form>""");

        assertThat(form.view().fields()).containsExactly("cm:name");
        assertThat(form.edit().formServiceDefault()).isTrue();
        assertThat(form.edit().hiddenFromDefault()).containsExactly("cm:modified");
        assertThat(form.create()).hasToString("[*]");
    }

    @Test
    void forceIsTrueOnlyForTrueInAnyCaseAndCountsOnHidesToo() {
        Form form = onlyForm("""
                <form>
                   <field-visibility>
                      <show id="cm:title" force="TRUE"/>
                      <show id="cm:name" force="false"/>
                      <show id="cm:title" force="true"/>
                      <hide id="ex:code" force="true"/>
                   </field-visibility>
                </form>""");

        assertThat(form.forced()).containsExactly("cm:title", "ex:code");
    }

    @Test
    void theFormWithoutIdIsTheDefaultFormAndTheOthersAreKeptByTheirId() {
        FormsConfig config = read("""
                <form><field-visibility><show id="cm:name"/></field-visibility></form>
                <form id="simple" submission-url="/api/ex"><field-visibility><show id="cm:title"/></field-visibility></form>""");

        assertThat(config.problems()).isEmpty();
        assertThat(config.forms()).extracting(Form::id).containsExactly(null, "simple");
        assertThat(config.forms()).allSatisfy(f -> {
            assertThat(f.evaluator()).isEqualTo("node-type");
            assertThat(f.condition()).isEqualTo("ex:doc");
        });
        assertThat(config.forms().get(1).submissionUrl()).isEqualTo("/api/ex");
        Section section = config.sections().get(0);
        assertThat(section.line()).isEqualTo(2);
        assertThat(section.replace()).isFalse();
    }

    @Test
    void setsAreListedAsPathsFromTheirRootSetAndStyledFieldsCarryTheirSetAndControl() {
        Form form = onlyForm("""
                <form>
                   <field-visibility>
                      <show id="cm:name"/>
                      <show id="ex:code"/>
                   </field-visibility>
                   <appearance>
                      <set id="main" appearance="bordered-panel" label-id="ex.set.main"/>
                      <set id="details" parent="main" template="/org/alfresco/components/form/2-column-set.ftl"/>
                      <set id="codes" parent="details"/>
                      <field id="cm:name" set="main" read-only="true"/>
                      <field id="ex:code" set="codes" help-id="ex.help.code">
                         <control template="/ex/code.ftl">
                            <control-param name="maxLength">
                               20
                            </control-param>
                         </control>
                         <constraint-handlers>
                            <constraint type="REGEX" validation-handler="Ex.validateCode" event="blur" message-id="ex.code.invalid"/>
                         </constraint-handlers>
                      </field>
                   </appearance>
                </form>""");

        assertThat(form.setPaths()).containsExactly("main", "main/details", "main/details/codes");
        assertThat(form.sets().get(0).labelId()).isEqualTo("ex.set.main");
        assertThat(form.styledIds()).containsExactly("cm:name", "ex:code");
        var code = form.styled().get(1);
        assertThat(code.attributes()).containsEntry("set", "codes").containsEntry("help-id", "ex.help.code").doesNotContainKey("id");
        assertThat(code.control().template()).isEqualTo("/ex/code.ftl");
        assertThat(code.control().params()).containsExactly(java.util.Map.entry("maxLength", "20"));
        assertThat(code.constraints()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("REGEX");
            assertThat(c.validationHandler()).isEqualTo("Ex.validateCode");
            assertThat(c.messageId()).isEqualTo("ex.code.invalid");
        });
        assertThat(form.styled().get(0).control()).isNull();
    }

    @Test
    void theGlobalSectionsDefaultControlsConstraintHandlersAndDependenciesAreRead() {
        FormsConfig config = FormsConfigReader.read(TestConfigs.write(temp.resolve("global.xml"), """
                <alfresco-config>
                   <config>
                      <forms>
                         <default-controls>
                            <type name="text" template="/org/alfresco/components/form/controls/textfield.ftl"/>
                            <type name="date" template="/org/alfresco/components/form/controls/date.ftl">
                               <control-param name="showTime">false</control-param>
                            </type>
                         </default-controls>
                         <constraint-handlers>
                            <constraint type="MANDATORY" validation-handler="Alfresco.forms.validation.mandatory" event="keyup"/>
                         </constraint-handlers>
                         <dependencies>
                            <js src="/ex/forms.js"/>
                            <css src="/ex/forms.css"/>
                         </dependencies>
                      </forms>
                   </config>
                </alfresco-config>
                """));

        assertThat(config.problems()).isEmpty();
        Section global = config.sections().get(0);
        assertThat(global.evaluator()).isNull();
        assertThat(global.condition()).isNull();
        Forms forms = global.forms().get(0);
        assertThat(forms.forms()).isEmpty();
        assertThat(forms.defaultControls()).containsOnlyKeys("text", "date");
        assertThat(forms.defaultControls().get("date").params()).containsEntry("showTime", "false");
        assertThat(forms.constraintHandlers().get("MANDATORY").event()).isEqualTo("keyup");
        assertThat(forms.js()).containsExactly("/ex/forms.js");
        assertThat(forms.css()).containsExactly("/ex/forms.css");
    }

    @Test
    void aSecondDeclarationKeepsTheFirstPlaceButTheLastWords() {
        FormsConfig config = read("""
                <form>
                   <field-visibility><show id="cm:name"/><show id="cm:title"/></field-visibility>
                   <appearance>
                      <set id="main" label="First"/>
                      <set id="other"/>
                      <set id="main" label="Second"/>
                      <field id="cm:name"><control template="/first.ftl"/></field>
                      <field id="cm:title"/>
                      <field id="cm:name" set="main"/>
                   </appearance>
                </form>""");

        Form form = config.forms().get(0);
        assertThat(form.setPaths()).containsExactly("main", "other");
        assertThat(form.sets().get(0).label()).isEqualTo("Second");
        assertThat(form.styledIds()).containsExactly("cm:name", "cm:title");
        assertThat(form.styled().get(0).control()).isNull();
        assertThat(config.problems()).extracting(p -> p.message().substring(0, p.message().indexOf(": ")))
                .containsExactly("<set id=\"main\"> is declared twice in this form", "<field id=\"cm:name\"> is styled twice in this form");
    }

    @Test
    void anExtensionModulesConfigurationsAreReadLikeAConfigFile() {
        FormsConfig config = FormsConfigReader.read(TestConfigs.write(temp.resolve("extension.xml"), """
                <extension>
                   <modules>
                      <module>
                         <id>ex</id>
                         <configurations>
                            <config evaluator="aspect" condition="ex:marked">
                               <forms><form><field-visibility><show id="ex:mark"/></field-visibility></form></forms>
                            </config>
                         </configurations>
                      </module>
                   </modules>
                </extension>
                """));

        assertThat(config.problems()).isEmpty();
        assertThat(config.forms()).singleElement().satisfies(f -> {
            assertThat(f.evaluator()).isEqualTo("aspect");
            assertThat(f.edit().fields()).isEqualTo(List.of("ex:mark"));
        });
    }

    @Test
    void anEvaluatorTheFileDeclaresInItsPlugInsIsKnown() {
        FormsConfig config = FormsConfigReader.read(TestConfigs.write(temp.resolve("plugins.xml"), """
                <alfresco-config>
                   <config evaluator="ex-kind" condition="record">
                      <forms><form/></forms>
                   </config>
                   <plug-ins>
                      <evaluators>
                         <evaluator id="ex-kind" class="vn.example.KindEvaluator"/>
                      </evaluators>
                   </plug-ins>
                </alfresco-config>
                """));

        assertThat(config.problems()).isEmpty();
        assertThat(config.forms()).hasSize(1);
    }
}
