package vn.wardqms.service.lifecycle;

import java.util.List;
import java.util.Map;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.configuration.ClientConfiguration;

/**
 * The repository's workflow REST API (public, v1), which the Alfresco Java SDK has no client for: starting a process
 * and finding running ones. Variables must be declared on the process's start task type, or the API drops them.
 */
@FeignClient(name = "wardQmsWorkflowApi", url = "${content.service.url}", path = WorkflowApi.PATH, configuration = ClientConfiguration.class)
public interface WorkflowApi {
    String PATH = "/alfresco/api/-default-/public/workflow/versions/1";

    @GetMapping(value = "/processes", produces = MediaType.APPLICATION_JSON_VALUE)
    ProcessPaging listProcesses(@RequestParam("where") String where, @RequestParam("skipCount") int skipCount,
                                @RequestParam("maxItems") int maxItems);

    @PostMapping(value = "/processes", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ProcessEntry startProcess(@RequestBody StartProcess body);

    /** @param items node ids that go into the process's package; @param businessKey what the process is about */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StartProcess(String processDefinitionKey, String businessKey, Map<String, Object> variables, List<String> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Process(String id, String processDefinitionId, String businessKey, String startedAt, String endedAt) {
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
}
