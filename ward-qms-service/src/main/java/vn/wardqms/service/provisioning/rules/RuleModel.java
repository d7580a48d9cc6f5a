package vn.wardqms.service.provisioning.rules;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON of the rules API (remote-api org.alfresco.rest.api.model.rules): a rule, its actions, pages of rules. */
public final class RuleModel {
    private RuleModel() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rule(String id, String name, String description, Boolean isEnabled, Boolean isInheritable,
                       Boolean isAsynchronous, List<String> triggers, Conditions conditions, List<Action> actions) {
    }

    /**
     * All simple conditions of the tree must hold (the repository ANDs them whatever booleanMode says); a
     * composite's {@code inverted} inverts each of its own simple conditions, not its nested composites.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Conditions(Boolean inverted, List<Conditions> compositeConditions, List<SimpleCondition> simpleConditions) {
        public static Conditions none(List<SimpleCondition> simpleConditions) {
            return new Conditions(true, null, simpleConditions);
        }
    }

    /** field "type" with a type as parameter is an is-subtype condition. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SimpleCondition(String field, String comparator, String parameter) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String actionDefinitionId, Map<String, Object> params) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RuleEntry(Rule entry) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pagination(int count, boolean hasMoreItems, int skipCount, int maxItems) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RuleList(Pagination pagination, List<RuleEntry> entries) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RulePaging(RuleList list) {
    }
}
