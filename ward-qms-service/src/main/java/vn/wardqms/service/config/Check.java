package vn.wardqms.service.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** Validation of configuration values with messages that name the property and say what is expected. */
final class Check {
    private Check() {
    }

    static String required(String property, String value, String hint) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationException(property, "is not set" + (hint == null ? "" : ": " + hint));
        }
        return value.trim();
    }

    static String matches(String property, String value, Pattern pattern, String expected) {
        String v = required(property, value, null);
        if (!pattern.matcher(v).matches()) {
            throw new InvalidConfigurationException(property, "must be " + expected + ", not '" + v + "'");
        }
        return v;
    }

    static URI url(String property, String value, List<String> schemes, String hint) {
        String v = required(property, value, hint);
        try {
            URI uri = new URI(v);
            if (uri.getScheme() != null && schemes.contains(uri.getScheme().toLowerCase()) && (uri.getHost() != null || uri.getScheme().equals("vm"))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidConfigurationException(property, "must be a " + String.join(" or ", schemes) + " URL, not '" + v + "'");
    }

    static Duration between(String property, Duration value, Duration min, Duration max) {
        if (value == null) {
            throw new InvalidConfigurationException(property, "is not set");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidConfigurationException(property, "must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
