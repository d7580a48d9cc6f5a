package vn.wardqms.share.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.w3c.dom.Element;

import vn.wardqms.checks.LocatedXml;

/** The processes of the platform's BPMN files: each one's id, start form (task type) and user-task form keys. */
public record Processes(Map<String, Process> byId) {
    private static final String ACTIVITI = "http://activiti.org/bpmn";

    public record Process(String id, Path file, int line, String startTaskType, Map<String, String> userTasks) {
    }

    public static Processes read(Path workflowDir) {
        Map<String, Process> processes = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(workflowDir)) {
            for (Path bpmn : files.filter(f -> f.getFileName().toString().endsWith(".bpmn20.xml")).sorted().toList()) {
                LocatedXml xml = LocatedXml.parse(bpmn);
                for (Element process : LocatedXml.descendants(xml.root(), "process")) {
                    String start = null;
                    Map<String, String> tasks = new LinkedHashMap<>();
                    for (Element e : LocatedXml.descendants(process, "startEvent")) {
                        start = e.getAttributeNS(ACTIVITI, "formKey");
                    }
                    for (Element e : LocatedXml.descendants(process, "userTask")) {
                        tasks.put(e.getAttribute("id"), e.getAttributeNS(ACTIVITI, "formKey"));
                    }
                    processes.put(process.getAttribute("id"), new Process(process.getAttribute("id"), bpmn, LocatedXml.line(process), start, tasks));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Processes(processes);
    }

    /** The task type (form key) of a user task, by the user task's id, in whichever process has it. */
    public String taskTypeOfUserTask(String userTaskId) {
        return byId.values().stream().map(p -> p.userTasks().get(userTaskId)).filter(t -> t != null).findFirst().orElse(null);
    }

    /** The process a Share start form is for: condition {@code activiti$<process id>}. */
    public Process forStartFormCondition(String condition) {
        return condition != null && condition.startsWith("activiti$") ? byId.get(condition.substring("activiti$".length())) : null;
    }
}
