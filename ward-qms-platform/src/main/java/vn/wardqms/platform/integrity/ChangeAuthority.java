package vn.wardqms.platform.integrity;

import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Who may change what only the QMS processes and the QMS service change (docs/model.md, "Who may change what"), as
 * the repository behaviours of behaviour/qms-integrity.js ask it:
 * <ul>
 * <li>a change made inside the module's workflow scripts: workflow/qms-document.js marks it on the running thread
 * ({@link #enterProcess()} / {@link #leaveProcess()}, always in pairs);</li>
 * <li>a change made by the QMS service's account, named by the setting {@value #SERVICE_ACCOUNT}.</li>
 * </ul>
 * Only secure scripts reach Java (classpath scripts and the workflows the repository deploys from the class path;
 * scripts stored in the repository run without it), so nobody marks a change of their own.
 * <p>
 * The repository makes one instance at start-up (context/integrity-context.xml) from its global properties; the
 * behaviour scripts read the setting through the static methods. JDK only: no repository class is needed.
 */
public final class ChangeAuthority {
    public static final String SERVICE_ACCOUNT = "ward-qms.integrity.service-account";

    /** A repository user name: no spaces or characters the repository refuses in one, not an authority group. */
    private static final Pattern USER_NAME = Pattern.compile("[^\\s\"*\\\\><?/:|%&+;]{1,100}");

    private static final ThreadLocal<int[]> PROCESS_DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    private static volatile String serviceAccount;

    /** Reads and validates the setting; throws {@link IllegalArgumentException} naming the property if it is bad. */
    public ChangeAuthority(Properties globalProperties) {
        String value = globalProperties.getProperty(SERVICE_ACCOUNT);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(SERVICE_ACCOUNT + " is not set (expected in alfresco-global.properties)");
        }
        String name = value.trim();
        if (!USER_NAME.matcher(name).matches() || name.startsWith("GROUP_") || name.startsWith("ROLE_")) {
            throw new IllegalArgumentException(SERVICE_ACCOUNT + " must be the user name of the QMS service's account, not '" + name + "'");
        }
        serviceAccount = name;
    }

    /** The user name of the QMS service's account; null until the repository has read the setting. */
    public static String serviceAccount() {
        return serviceAccount;
    }

    /** Whether {@code userName} is the QMS service's account (user names compare as the repository does: case-insensitively). */
    public static boolean isServiceAccount(String userName) {
        String account = serviceAccount;
        return account != null && userName != null && account.equalsIgnoreCase(userName);
    }

    /** A workflow script of the module starts a change of a document; nested calls count. */
    public static void enterProcess() {
        PROCESS_DEPTH.get()[0]++;
    }

    /** The change is done (or failed); the thread is an ordinary user's again when every enter is left. */
    public static void leaveProcess() {
        int[] depth = PROCESS_DEPTH.get();
        if (depth[0] <= 1) {
            PROCESS_DEPTH.remove();
        } else {
            depth[0]--;
        }
    }

    /** Whether the running thread is inside a change made by one of the module's workflow scripts. */
    public static boolean isProcessChange() {
        return PROCESS_DEPTH.get()[0] > 0;
    }
}
