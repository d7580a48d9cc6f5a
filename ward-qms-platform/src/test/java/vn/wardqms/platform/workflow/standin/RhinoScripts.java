package vn.wardqms.platform.workflow.standin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Runs repository scripts as the repository's RhinoScriptProcessor does for the parts the QMS scripts rely on:
 * {@code <import resource="classpath:...">} directives resolved first (ScriptResourceHelper: only at the start of
 * the script, exact syntax, each resource once), then the script in a scope holding the model's root objects, with
 * Java maps readable and writable by key as the repository's wrap factory allows ({@code node.properties["qms:x"]}).
 * Scripts run without Java package access: nothing in the QMS scripts needs it.
 */
public final class RhinoScripts {
    private static final String IMPORT_START = "<import resource=\"";
    private static final String IMPORT_END = "\">";

    private static final ContextFactory FACTORY = new ContextFactory() {
        @Override
        protected boolean hasFeature(Context cx, int feature) {
            if (feature == Context.FEATURE_ENABLE_JAVA_MAP_ACCESS) {
                return true;
            }
            return super.hasFeature(cx, feature);
        }
    };

    /** The scope of the script running on this thread: values handed to it are made in it. */
    private static final ThreadLocal<Scriptable> SCOPE = new ThreadLocal<>();

    /** Runs the script; a script error becomes a RuntimeException with the script's own message. */
    public void run(String source, Map<String, Object> model, StandInRepository repository) {
        run(source, model, repository, false);
    }

    /**
     * Runs the script, {@code secure} as the repository runs a classpath script (ClasspathScriptLocation.isSecure() is
     * true; RhinoScriptProcessor.initScope gives it an ImporterTopLevel, Java packages included), else without Java.
     */
    public void run(String source, Map<String, Object> model, StandInRepository repository, boolean secure) {
        String script = resolveImports(source, new LinkedHashSet<>());
        Scriptable outer = SCOPE.get();
        if (outer == null) {
            // A script run by another (a behaviour fired by a script's change) shares its node objects.
            repository.beginScript();
        }
        Context cx = FACTORY.enterContext();
        try {
            // As RhinoScriptProcessor: Context.enter() and no language version set, so Rhino's default (a script in
            // ES6 syntax the repository cannot compile fails here too).
            cx.setLanguageVersion(Context.VERSION_DEFAULT);
            Scriptable scope = secure ? new org.mozilla.javascript.ImporterTopLevel(cx) : cx.initSafeStandardObjects();
            SCOPE.set(scope);
            StandInRepository.SCRIPTING.set(repository);
            for (Map.Entry<String, Object> e : model.entrySet()) {
                ScriptableObject.putProperty(scope, e.getKey(), Context.javaToJS(e.getValue(), scope));
            }
            cx.evaluateString(scope, script, "workflow script", 1, null);
        } catch (RhinoException e) {
            throw new ScriptFailure(e.details(), e);
        } finally {
            SCOPE.set(outer);
            if (outer == null) {
                StandInRepository.SCRIPTING.remove();
            }
            Context.exit();
        }
    }

    /**
     * A repository value as the repository's ValueConverter hands it to a running script: a collection becomes a
     * script array (its items converted too), a date a script Date. Outside a script the value is returned as it is.
     */
    static Object toScript(Object value) {
        Scriptable scope = SCOPE.get();
        Context cx = Context.getCurrentContext();
        if (scope == null || cx == null || value == null) {
            return value;
        }
        if (value instanceof java.util.Collection<?> values) {
            return cx.newArray(scope, values.stream().map(RhinoScripts::toScript).toArray());
        }
        if (value instanceof java.util.Date date) {
            return cx.newObject(scope, "Date", new Object[] {(double) date.getTime()});
        }
        return value;
    }

    static String resolveImports(String source, Set<String> seen) {
        StringBuilder resolved = new StringBuilder();
        int i = 0;
        while (true) {
            while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
                i++;
            }
            if (!source.startsWith(IMPORT_START, i)) {
                break;
            }
            int end = source.indexOf(IMPORT_END, i);
            if (end < 0) {
                throw new ScriptFailure("malformed import directive at " + i, null);
            }
            String location = source.substring(i + IMPORT_START.length(), end);
            i = end + IMPORT_END.length();
            if (seen.add(location)) {
                resolved.append(resolveImports(load(location), seen)).append('\n');
            }
        }
        return resolved.append(source.substring(i)).toString();
    }

    private static String load(String location) {
        if (!location.startsWith("classpath:")) {
            throw new ScriptFailure("only classpath: imports are used by the QMS scripts, not " + location, null);
        }
        String path = location.substring("classpath:".length()).replaceFirst("^/", "");
        try (InputStream in = RhinoScripts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ScriptFailure("Unable to load included script repository resource: " + location, null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScriptFailure("cannot read " + location, e);
        }
    }

    /** A script failed; the message is the script's (e.g. the text of a thrown Error). */
    public static final class ScriptFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScriptFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
