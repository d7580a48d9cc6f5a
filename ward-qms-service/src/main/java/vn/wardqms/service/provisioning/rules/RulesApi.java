package vn.wardqms.service.provisioning.rules;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.configuration.ClientConfiguration;

/**
 * The repository's folder rules API (private REST API v1, ACS 7.3 and later), which the Alfresco Java SDK has no
 * client for. Same base URL and service-account authentication as the SDK's own clients.
 */
@FeignClient(name = "wardQmsRulesApi", url = "${content.service.url}", path = RulesApi.PATH, configuration = ClientConfiguration.class)
public interface RulesApi {
    String PATH = "/alfresco/api/-default-/private/alfresco/versions/1";
    /** Every folder has one rule set of its own, addressed by this alias. */
    String DEFAULT_RULE_SET = "-default-";

    @GetMapping(value = "/nodes/{nodeId}/rule-sets/{ruleSetId}/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleModel.RulePaging listRules(@PathVariable("nodeId") String nodeId, @PathVariable("ruleSetId") String ruleSetId,
                                   @RequestParam("skipCount") int skipCount, @RequestParam("maxItems") int maxItems);

    @PostMapping(value = "/nodes/{nodeId}/rule-sets/{ruleSetId}/rules", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    RuleModel.RuleEntry createRule(@PathVariable("nodeId") String nodeId, @PathVariable("ruleSetId") String ruleSetId,
                                   @RequestBody RuleModel.Rule rule);
}
