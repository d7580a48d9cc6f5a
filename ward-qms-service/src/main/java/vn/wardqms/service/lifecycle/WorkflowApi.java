package vn.wardqms.service.lifecycle;

import java.util.List;
import java.util.Map;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.configuration.ClientConfiguration;

/**
 * The repository's workflow REST API (public, v1), which the Alfresco Java SDK has no client for: starting a process,
 * finding processes, and reading one process's package (items) and finished tasks. Variables must be declared on the
 * process's start task type, or the API drops them. The repository shows a process only to its starter, to those
 * involved in its tasks and to administrators; anyone else is answered 403.
 */
@FeignClient(name = "wardQmsWorkflowApi", url = "${content.service.url}", path = WorkflowApi.PATH, configuration = ClientConfiguration.class)
public interface WorkflowApi {
    String PATH = "/alfresco/api/-default-/public/workflow/versions/1";

    @GetMapping(value = "/processes", produces = MediaType.APPLICATION_JSON_VALUE)
    ProcessPaging listProcesses(@RequestParam("where") String where, @RequestParam("skipCount") int skipCount,
                                @RequestParam("maxItems") int maxItems);

    @GetMapping(value = "/processes/{processId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ProcessEntry getProcess(@PathVariable("processId") String processId);

    @GetMapping(value = "/processes/{processId}/items", produces = MediaType.APPLICATION_JSON_VALUE)
    ItemPaging listProcessItems(@PathVariable("processId") String processId, @RequestParam("skipCount") int skipCount,
                                @RequestParam("maxItems") int maxItems);

    /** Tasks, e.g. where=(processId='…' AND status='completed'): a process's finished tasks, whose history nobody rewrites. */
    @GetMapping(value = "/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
    TaskPaging listTasks(@RequestParam("where") String where, @RequestParam("skipCount") int skipCount, @RequestParam("maxItems") int maxItems);

    @PostMapping(value = "/processes", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ProcessEntry startProcess(@RequestBody StartProcess body);

    /** @param items node ids that go into the process's package; @param businessKey what the process is about */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StartProcess(String processDefinitionKey, String businessKey, Map<String, Object> variables, List<String> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Process(String id, String processDefinitionId, String businessKey, String startedAt, String endedAt,
                   String endActivityDefinitionId, String deleteReason, String startUserId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProcessEntry(Process entry) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProcessList(List<ProcessEntry> entries) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProcessPaging(ProcessList list) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Pagination(Boolean hasMoreItems) {
    }

    /** A node in a process's package. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ItemEntry(Item entry) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ItemList(Pagination pagination, List<ItemEntry> entries) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ItemPaging(ItemList list) {
    }

    /** A task: which of the process's user tasks it is (activityDefinitionId), who had it, when it ended. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Task(String id, String processId, String activityDefinitionId, String assignee, String endedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskEntry(Task entry) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskList(Pagination pagination, List<TaskEntry> entries) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskPaging(TaskList list) {
    }
}
