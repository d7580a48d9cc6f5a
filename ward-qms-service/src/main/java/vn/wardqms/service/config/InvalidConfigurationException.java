package vn.wardqms.service.config;

/** A configuration value is missing or invalid; the message is one line that names the property. */
public class InvalidConfigurationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidConfigurationException(String property, String problem) {
        super(property + " " + problem);
    }
}
