package vn.wardqms.service.lifecycle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.wardqms.service.config.InvalidConfigurationException;

/**
 * How a draft's saves are kept ({@code ward-qms.drafts.*}).
 *
 * @param editingSession the longest pause between two saves by the same person that still counts as one editing
 *                       session (PT1M to PT24H, default PT30M): each session keeps only its last minor version
 */
@ConfigurationProperties("ward-qms.drafts")
public record DraftVersionsProperties(Duration editingSession) {

    public DraftVersionsProperties {
        editingSession = editingSession == null ? Duration.ofMinutes(30) : editingSession;
        if (editingSession.compareTo(Duration.ofMinutes(1)) < 0 || editingSession.compareTo(Duration.ofDays(1)) > 0) {
            throw new InvalidConfigurationException("ward-qms.drafts.editing-session", "must be from PT1M to PT24H, not " + editingSession);
        }
    }
}
