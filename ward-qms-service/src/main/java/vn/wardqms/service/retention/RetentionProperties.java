package vn.wardqms.service.retention;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Records and retention ({@code ward-qms.retention.*}).
 *
 * @param schedule         where the retention schedule is: a file path or a classpath: location (default: the ward's
 *                         schedule shipped with the service, retention/schedule.yml)
 * @param competentPersons who may decide a destruction or a transfer for the ward (Luật Lưu trữ 2024: the head of the
 *                         agency, or the authority above it): a decision signed by anyone else is not carried out. None
 *                         by default — the records officer names them; until then no decision is carried out.
 */
@ConfigurationProperties("ward-qms.retention")
public record RetentionProperties(String schedule, List<CompetentPerson> competentPersons) {
    public static final String DEFAULT_SCHEDULE = "classpath:retention/schedule.yml";

    public RetentionProperties {
        schedule = schedule == null || schedule.isBlank() ? DEFAULT_SCHEDULE : schedule.strip();
        competentPersons = competentPersons == null ? List.of() : List.copyOf(competentPersons);
    }

    /**
     * One deciding authority and the titles that sign for it, e.g. Ủy ban nhân dân phường Bắc Cam Ranh: Chủ tịch.
     *
     * @param authority the body, as decisions write it (qms:decisionAuthority)
     * @param titles    the signers' titles that decide for it (qms:decisionSignerTitle)
     */
    public record CompetentPerson(String authority, List<String> titles) {
        public CompetentPerson {
            titles = titles == null ? List.of() : List.copyOf(titles);
        }
    }
}
