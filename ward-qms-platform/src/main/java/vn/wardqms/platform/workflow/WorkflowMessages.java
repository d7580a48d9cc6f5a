package vn.wardqms.platform.workflow;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages the processes show to people, from the workflow message bundle (English default, Vietnamese _vi).
 * The engine does not know the user's language, so errors carry both: "English — Tiếng Việt".
 */
public final class WorkflowMessages {
    /** Registered with the repository by the workflow deployer; read here from the same JAR. */
    public static final String BUNDLE = "alfresco/module/ward-qms-platform/messages/qms-workflow";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private WorkflowMessages() {
    }

    public static String bilingual(String key, Object... args) {
        return text(Locale.ROOT, key, args) + " — " + text(VIETNAMESE, key, args);
    }

    static String text(Locale locale, String key, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, WorkflowMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            // Never hide the fault behind a missing text: say which key is missing and what happened.
            return key + " " + java.util.Arrays.toString(args);
        }
    }
}
