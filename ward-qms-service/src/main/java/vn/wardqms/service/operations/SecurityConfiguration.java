package vn.wardqms.service.operations;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The service's HTTP port serves read-only operations endpoints (health for the container health check, info,
 * metrics) and the records search, whose caller signs in to the repository itself (the service passes the caller's
 * credentials on and holds none of its own for it). Everything else is refused. Keep the port inside the stack's network.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain operationsEndpoints(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        // Errors of the permitted endpoints are rendered, not turned into 403.
                        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/metrics",
                                "/actuator/metrics/**").permitAll()
                        // Authenticated by the repository with the caller's own credentials (RecordSearchController).
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/records").permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .build();
    }
}
