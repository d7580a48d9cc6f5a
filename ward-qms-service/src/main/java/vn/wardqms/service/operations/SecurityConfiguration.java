package vn.wardqms.service.operations;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The service's HTTP port: the records search, whose caller signs in to the repository itself (the service passes the
 * caller's credentials on and holds none of its own for it), and the operations endpoints — health's status for the
 * container's health check, open; health's details (which hosts, which errors), info and metrics only for the operator
 * (HTTP Basic, ward-qms.operations.*; with no operator password set, for nobody). Everything else is refused. The port
 * stays inside the stack's network; the proxy publishes the records search only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {
    static final String OPERATOR = "OPS";

    @Bean
    @Order(1)
    SecurityFilterChain operationsEndpoints(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
                        // The status for the health check; its details only when the operator signs in (show-details).
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/info", "/actuator/metrics", "/actuator/metrics/**").hasRole(OPERATOR)
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> { })
                .formLogin(form -> form.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationEndpoints(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        // Errors of the permitted endpoints are rendered, not turned into 403.
                        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
                        // Authenticated by the repository with the caller's own credentials (RecordSearchController).
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/records").permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .build();
    }

    /** The operator, if a password is set; else nobody (an empty store: every sign-in fails). */
    @Bean
    InMemoryUserDetailsManager operators(OperationsProperties operations) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<UserDetails> users = new ArrayList<>();
        if (operations.password() != null) {
            users.add(User.withUsername(operations.username()).password(encoder.encode(operations.password())).roles(OPERATOR).build());
        }
        return new InMemoryUserDetailsManager(users);
    }
}
