package vn.wardqms.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The building blocks of the process rules, without an engine. */
class WorkflowRulesTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void dueDatesSkipWeekendsAndEndWithTheWorkingDay() {
        Instant fridayMorning = Instant.parse("2026-11-27T02:00:00Z");
        assertThat(DueDates.due(fridayMorning, 1, HANOI)).isEqualTo(Instant.parse("2026-11-30T16:59:59Z")); // Monday
        assertThat(DueDates.due(fridayMorning, 5, HANOI)).isEqualTo(Instant.parse("2026-12-04T16:59:59Z")); // next Friday
        Instant saturday = Instant.parse("2026-11-28T03:00:00Z");
        assertThat(DueDates.due(saturday, 1, HANOI)).isEqualTo(Instant.parse("2026-11-30T16:59:59Z"));
        // 23:30 on Friday in Hà Nội is still Friday there, though already Friday 16:30 UTC.
        Instant lateFriday = Instant.parse("2026-11-27T16:30:00Z");
        assertThat(DueDates.due(lateFriday, 1, HANOI)).isEqualTo(Instant.parse("2026-11-30T16:59:59Z"));
    }

    @Test
    void settingsRefuseMissingOrMalformedValuesNamingTheProperty() {
        Properties good = new Properties();
        good.putAll(Map.of("ward-qms.workflow.reviewer-may-approve", "false", "ward-qms.workflow.time-zone", "Asia/Ho_Chi_Minh",
                "ward-qms.workflow.reviewers-group-required", "true"));
        for (QmsTask task : QmsTask.values()) {
            good.setProperty("ward-qms.workflow.due-days." + task.dueDaysSetting(), "4");
        }
        WorkflowSettings settings = WorkflowSettings.from(good);
        assertThat(settings.reviewerMayApprove()).isFalse();
        assertThat(settings.dueWorkingDays(QmsTask.APPROVE)).isEqualTo(4);
        assertThat(settings.reviewersGroupRequired()).isTrue();
        assertRefused(good, "ward-qms.workflow.reviewers-group-required", "maybe",
                "ward-qms.workflow.reviewers-group-required must be true or false, not 'maybe'");

        assertRefused(good, "ward-qms.workflow.due-days.review", "five",
                "ward-qms.workflow.due-days.review must be a whole number of working days from 1 to 365, not 'five'");
        assertRefused(good, "ward-qms.workflow.due-days.approval", "0", "ward-qms.workflow.due-days.approval must be");
        assertRefused(good, "ward-qms.workflow.reviewer-may-approve", "yes",
                "ward-qms.workflow.reviewer-may-approve must be true or false, not 'yes'");
        assertRefused(good, "ward-qms.workflow.time-zone", "Hanoi", "ward-qms.workflow.time-zone must be a time zone");
        Properties missing = (Properties) good.clone();
        missing.remove("ward-qms.workflow.due-days.periodic-review");
        assertThatThrownBy(() -> WorkflowSettings.from(missing))
                .hasMessage("ward-qms.workflow.due-days.periodic-review is not set (expected in alfresco-global.properties)");
    }

    @Test
    void decisionLogKeepsEveryCharacterOfAComment() {
        Instant at = Instant.parse("2026-11-27T02:00:00Z");
        String comment = "Thiếu \"căn cứ\" pháp lý;\nxem lại mục 3\\4\t(ý kiến của Phó Chủ tịch)";
        String json = DecisionLog.append(DecisionLog.append(null, new DecisionLog.Entry(1, "submit", "suong", "Submit", null, at)),
                new DecisionLog.Entry(2, "reviewTask", "hung", "Reject", comment, at.plusSeconds(60)));
        List<DecisionLog.Entry> entries = DecisionLog.parse(json);
        assertThat(entries).containsExactly(new DecisionLog.Entry(1, "submit", "suong", "Submit", null, at),
                new DecisionLog.Entry(2, "reviewTask", "hung", "Reject", comment, at.plusSeconds(60)));
        assertThatThrownBy(() -> DecisionLog.parse("[{\"round\":1")).hasMessageContaining("malformed qmswf_decisionLog");
    }

    @Test
    void personValuesResolveToUserNamesAsExpressionsDo() {
        assertThat(People.userName("hung")).isEqualTo("hung");
        assertThat(People.userName(Map.of("userName", "lan"))).isEqualTo("lan");
        assertThat(People.userName(new Object() {
            @SuppressWarnings("unused")
            public Map<String, Object> getProperties() {
                return Map.of("cm:userName", "hoat");
            }
        })).isEqualTo("hoat");
        assertThat(People.userNames(List.of("hung", Map.of("userName", "lan")))).containsExactly("hung", "lan");
        assertThat(People.userName(" ")).isNull();
        assertThatThrownBy(() -> People.userName(42)).hasMessage("not a person: java.lang.Integer");
    }

    private static void assertRefused(Properties good, String key, String value, String message) {
        Properties bad = (Properties) good.clone();
        bad.setProperty(key, value);
        assertThatThrownBy(() -> WorkflowSettings.from(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
