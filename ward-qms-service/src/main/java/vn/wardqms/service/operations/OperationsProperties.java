package vn.wardqms.service.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read the service's health details and metrics ({@code ward-qms.operations.*}).
 *
 * @param username the operator's user name on the service's own port (default ward-qms-ops)
 * @param password the operator's password, from the environment (WARD_QMS_OPERATIONS_PASSWORD); none: nobody reads
 *                 details or metrics, and health answers with its status only
 */
@ConfigurationProperties("ward-qms.operations")
public record OperationsProperties(String username, String password) {
    public OperationsProperties {
        username = username == null || username.isBlank() ? "ward-qms-ops" : username.strip();
        password = password == null || password.isBlank() ? null : password;
    }
}
