package vn.wardqms.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import javax.imageio.ImageIO;

import org.activiti.bpmn.BpmnAutoLayout;
import org.activiti.bpmn.converter.BpmnXMLConverter;
import org.activiti.bpmn.model.BpmnModel;
import org.activiti.bpmn.model.Process;
import org.activiti.bpmn.model.UserTask;
import org.activiti.bpmn.model.CallActivity;
import org.activiti.engine.impl.util.io.InputStreamSource;
import org.activiti.image.impl.DefaultProcessDiagramGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/workflows.md shows each process as drawn by Activiti's own diagram generator from the shipped BPMN (laid out
 * by Activiti's auto-layout, as the BPMN has no diagram interchange). Every build draws them again and checks the
 * documented images are of these processes; {@code -Dwardqms.docs.update=true} writes them to docs/workflows/.
 */
class WorkflowDiagramsTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path WORKFLOWS = BASE.resolve("src/main/resources/alfresco/module/ward-qms-platform/workflow");
    private static final Path DOCS = BASE.getParent().resolve("docs/workflows");
    private static final String FONT = "DejaVu Sans"; // has every Vietnamese letter of the task names

    @ParameterizedTest
    @ValueSource(strings = {"qms-document-approval", "qms-withdrawal", "qms-periodic-review", "qms-read-acknowledgement"})
    void everyProcessIsDrawnAndDocumented(String name) throws IOException {
        BpmnModel model;
        try (InputStream in = Files.newInputStream(WORKFLOWS.resolve(name + ".bpmn20.xml"))) {
            model = new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false, "UTF-8");
        }
        BpmnAutoLayout layout = new BpmnAutoLayout(model);
        layout.setTaskWidth(170); // room for the bilingual task names, e.g. "Review (Xem xét)"
        layout.setTaskHeight(70);
        layout.execute();
        Process process = model.getMainProcess();
        // Every task and call activity has a place in the drawing.
        process.findFlowElementsOfType(UserTask.class).forEach(t -> assertThat(model.getGraphicInfo(t.getId())).as(t.getId()).isNotNull());
        process.findFlowElementsOfType(CallActivity.class).forEach(c -> assertThat(model.getGraphicInfo(c.getId())).as(c.getId()).isNotNull());

        Path drawn = BASE.resolve("target/workflow-diagrams/" + process.getId() + ".png");
        Files.createDirectories(drawn.getParent());
        try (InputStream png = new DefaultProcessDiagramGenerator().generateDiagram(model, "png", FONT, FONT, FONT,
                WorkflowDiagramsTest.class.getClassLoader(), 1.0)) {
            Files.copy(png, drawn, StandardCopyOption.REPLACE_EXISTING);
        }
        BufferedImage image = ImageIO.read(drawn.toFile());
        assertThat(image.getWidth()).isGreaterThan(200);
        assertThat(image.getHeight()).isGreaterThan(100);

        Path documented = DOCS.resolve(process.getId() + ".png");
        if (Boolean.getBoolean("wardqms.docs.update")) {
            Files.createDirectories(DOCS);
            Files.copy(drawn, documented, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(documented).as("docs/workflows/" + process.getId() + ".png (regenerate with -Dwardqms.docs.update=true)").exists();
        BufferedImage inDocs = ImageIO.read(documented.toFile());
        // Same process, same layout: the same size (pixels may differ slightly between font versions).
        assertThat(List.of(inDocs.getWidth(), inDocs.getHeight())).as("documented diagram of " + process.getId() + " is out of date")
                .isEqualTo(List.of(image.getWidth(), image.getHeight()));
        assertThat(Files.readString(DOCS.getParent().resolve("workflows.md"))).contains("workflows/" + process.getId() + ".png");
    }
}
