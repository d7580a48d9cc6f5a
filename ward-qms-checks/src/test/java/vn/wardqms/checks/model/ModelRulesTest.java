package vn.wardqms.checks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.checks.SharedContracts;

/**
 * The dictionary's rules, one small model each, as an extension developer would get them wrong. Each model is
 * written whole, so the line a FAIL names can be read off the text.
 */
class ModelRulesTest {
    private static final String HEAD = """
            <model name="ex:example" xmlns="http://www.alfresco.org/model/dictionary/1.0">
                <imports>
                    <import uri="http://www.alfresco.org/model/dictionary/1.0" prefix="d"/>
                    <import uri="http://www.alfresco.org/model/content/1.0" prefix="cm"/>
                </imports>
                <namespaces>
                    <namespace uri="http://example.org/model/1.0" prefix="ex"/>
                </namespaces>
            """;

    @TempDir
    Path temp;

    @Test
    void aWellFormedExtensionIsOkWithItsCounts() throws IOException {
        assertThat(lines(HEAD + """
                    <constraints>
                        <constraint name="ex:codes" type="REGEX">
                            <parameter name="expression"><value>^[A-Z]{2}-[0-9]{2}$</value></parameter>
                        </constraint>
                    </constraints>
                    <types>
                        <type name="ex:procedure">
                            <parent>cm:content</parent>
                            <properties>
                                <property name="ex:code">
                                    <type>d:text</type>
                                    <default>QT-01</default>
                                    <constraints><constraint ref="ex:codes"/></constraints>
                                </property>
                            </properties>
                            <overrides>
                                <property name="cm:name"><default>Quy trình</default></property>
                            </overrides>
                            <mandatory-aspects><aspect>cm:titled</aspect></mandatory-aspects>
                        </type>
                    </types>
                    <aspects>
                        <aspect name="ex:reviewed"/>
                    </aspects>
                </model>
                """)).containsExactly("OK " + temp.resolve("model.xml") + " (ex:example): 1 types, 1 aspects, 1 properties");
    }

    @Test
    void aMaximumOfZeroBeforeTheMinimumFailsAsInTheRepository() throws IOException {
        // The range starts at the smallest positive double, so a maxValue of 0 given first is below the minimum.
        assertLines(lines(HEAD + """
                    <constraints>
                        <constraint name="ex:offset" type="MINMAX">
                            <parameter name="maxValue"><value>0</value></parameter>
                            <parameter name="minValue"><value>-10</value></parameter>
                        </constraint>
                        <constraint name="ex:offsetInOrder" type="MINMAX">
                            <parameter name="minValue"><value>-10</value></parameter>
                            <parameter name="maxValue"><value>0</value></parameter>
                        </constraint>
                    </constraints>
                </model>
                """), fail(11, "parameter maxValue of constraint ex:offset: maxValue 0 is below minValue (not yet given"));
    }

    @Test
    void constraintParametersAreThoseOfTheirType() throws IOException {
        assertLines(lines(HEAD + """
                    <constraints>
                        <constraint name="ex:a" type="REGEX">
                            <parameter name="pattern"><value>x</value></parameter>
                        </constraint>
                        <constraint name="ex:b" type="LENGTH">
                            <parameter name="minLength"><value>-1</value></parameter>
                        </constraint>
                        <constraint name="ex:c" type="ENUM"/>
                        <constraint name="ex:d" type="LIST">
                            <parameter name="allowedValues"><value>A</value><list><value>A</value></list></parameter>
                        </constraint>
                        <constraint name="ex:e" ref="ex:a" type="REGEX"/>
                    </constraints>
                </model>
                """), fail(11, "constraint ex:a (REGEX) has no parameter 'pattern': it takes "),
                fail(14, "parameter minLength of constraint ex:b: minLength -1 is negative"),
                fail(16, "constraint ex:c has the unknown type 'ENUM'"),
                fail(18, "parameter allowedValues of constraint ex:d has both a <value> and a <list>: give one"),
                fail(20, "constraint ex:e has both a type and a ref: give one"));
    }

    @Test
    void namespacesAreTheModelsOwnAndUnique() throws IOException {
        assertLines(lines("""
                <model name="ex:example" xmlns="http://www.alfresco.org/model/dictionary/1.0">
                    <imports>
                        <import uri="http://www.alfresco.org/model/dictionary/1.0" prefix="d"/>
                        <import uri="http://example.org/not/loaded" prefix="nl"/>
                    </imports>
                    <namespaces>
                        <namespace uri="http://example.org/model/1.0" prefix="ex"/>
                        <namespace uri="http://www.alfresco.org/model/content/1.0" prefix="cm2"/>
                        <namespace uri="http://example.org/model/2.0" prefix="cm"/>
                    </namespaces>
                    <aspects>
                        <aspect name="d:mine"/>
                        <aspect name="ex:ok">
                            <associations>
                                <association name="d:link"><target><class>ex:ok</class></target></association>
                            </associations>
                        </aspect>
                    </aspects>
                </model>
                """), fail(4, "import of http://example.org/not/loaded (prefix nl): no loaded model defines that namespace"),
                fail(8, "namespace http://www.alfresco.org/model/content/1.0 is already defined by the model cm:contentmodel"),
                fail(9, "prefix 'cm' is already in use for http://www.alfresco.org/model/content/1.0"),
                fail(12, "aspect d:mine is in the namespace http://www.alfresco.org/model/dictionary/1.0, which this model does not define (it only imports it)"),
                fail(15, "association d:link is in the namespace http://www.alfresco.org/model/dictionary/1.0, which this model does not define"));
    }

    @Test
    void overridesMayNotRelaxAndClassesMayNotCycle() throws IOException {
        assertLines(lines(HEAD + """
                    <types>
                        <type name="ex:a"><parent>ex:b</parent></type>
                        <type name="ex:b"><parent>ex:a</parent></type>
                        <type name="ex:person">
                            <parent>cm:person</parent>
                            <overrides>
                                <property name="cm:userName"><mandatory>false</mandatory></property>
                            </overrides>
                        </type>
                    </types>
                </model>
                """), fail(10, "type ex:a is its own ancestor through ex:b"),
                fail(11, "type ex:b is its own ancestor through ex:a"),
                fail(15, "ex:person makes cm:userName optional: an override cannot relax a mandatory property"));
    }

    @Test
    void aMalformedFileFailsAtItsLine() throws IOException {
        assertLines(lines(HEAD + "    <types>\n        <type name=\"ex:a\">\n    </types>\n</model>\n"),
                fail(11, "not well-formed XML"));
    }

    private String fail(int line, String reasonStart) {
        return "FAIL " + temp.resolve("model.xml") + ":" + line + " | " + reasonStart;
    }

    /** The checker's lines are the expected ones, in order, each starting as given (the rest of a reason explains). */
    private static void assertLines(List<String> lines, String... expected) {
        assertThat(lines).as(String.join("\n", lines)).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(lines.get(i)).startsWith(expected[i]);
        }
    }

    private List<String> lines(String model) throws IOException {
        Path file = temp.resolve("model.xml");
        Files.writeString(file, model);
        return ModelChecker.withBuiltIns(SharedContracts.dir().resolve("alfresco")).check(file).lines();
    }
}
