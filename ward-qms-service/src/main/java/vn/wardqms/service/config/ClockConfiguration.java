package vn.wardqms.service.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dates (years of record folders, due dates) are the office's: Việt Nam time. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(OFFICE_ZONE);
    }
}
