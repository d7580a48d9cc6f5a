package vn.wardqms.service.acs;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.VersionsApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeAssociation;
import org.alfresco.core.model.NodeAssociationPaging;
import org.alfresco.core.model.NodeChildAssociation;
import org.alfresco.core.model.NodeChildAssociationPaging;
import org.alfresco.core.model.NodeEntry;
import org.alfresco.core.model.Version;
import org.alfresco.core.model.VersionPaging;
import org.alfresco.search.handler.SearchApi;
import org.alfresco.search.model.ResultNode;
import org.alfresco.search.model.ResultSetPaging;
import org.alfresco.search.model.SearchRequest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every repository read in main code asks for what it uses. In every Spring test the service's NodesApi, SearchApi and
 * VersionsApi are wrapped (META-INF/spring.factories): each node they return remembers what its request asked for
 * ({@code include}, over the endpoint's default: properties and aspects for a single node, nothing for a listing or a
 * search), and a read by main code of properties, aspects, path, permissions, allowableOperations or isLocked it did not
 * ask for is recorded, with the code that read it. {@link FakeAcs#violations()} reports them and {@link FakeAcs#close()}
 * fails on them: against ACS that read gets nothing, and the service goes on as if the node had no such value.
 */
public final class AskedReads {
    private static final List<String> VIOLATIONS = Collections.synchronizedList(new ArrayList<>());
    /** The calls that return a full node by default (NodesImpl.getFolderOrDocumentFullInfo). */
    private static final Set<String> FULL_BY_DEFAULT = Set.of("getNode", "createNode", "updateNode", "updateNodeContent", "moveNode",
            "copyNode", "lockNode", "unlockNode");

    private AskedReads() {
    }

    public static List<String> violations() {
        synchronized (VIOLATIONS) {
            return List.copyOf(new LinkedHashSet<>(VIOLATIONS));
        }
    }

    public static void reset() {
        VIOLATIONS.clear();
    }

    /** A read of {@code field} of a node whose request asked for {@code asked}: recorded if not asked, when main code reads. */
    static void read(String field, Asked asked, String nodeName) {
        if (asked.fields.contains(field)) {
            return;
        }
        String reader = mainCodeReader();
        if (reader != null) {
            VIOLATIONS.add(reader + " reads " + field + " of '" + nodeName + "', which its " + asked.call + " did not ask for (include="
                    + asked.fields + ")");
        }
    }

    /** The first frame of the service's main code (not its tests) on the stack, or null. */
    private static String mainCodeReader() {
        for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
            String name = frame.getClassName();
            if (!name.startsWith("vn.wardqms.service.") || name.startsWith(AskedReads.class.getPackageName() + ".")) {
                continue;
            }
            try {
                var source = Class.forName(name, false, AskedReads.class.getClassLoader()).getProtectionDomain().getCodeSource();
                if (source != null && source.getLocation().getPath().contains("test-classes")) {
                    return null;
                }
            } catch (ClassNotFoundException e) {
                continue;
            }
            return name.substring(name.lastIndexOf('.') + 1) + "." + frame.getMethodName() + ":" + frame.getLineNumber();
        }
        return null;
    }

    /** What one request asked for, and which call it was. */
    record Asked(String call, Set<String> fields) {
    }

    /** Wraps the service's repository clients so that what they return watches its reads. */
    public static Object wrap(Object client) {
        Class<?>[] interfaces = ClassUtils.getAllInterfacesForClass(client.getClass());
        return Proxy.newProxyInstance(client.getClass().getClassLoader(), interfaces, (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(client, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof ResponseEntity<?> response && response.getBody() != null) {
                watch(response.getBody(), asked(method, args));
            }
            return result;
        });
    }

    private static Asked asked(Method method, Object[] args) {
        Set<String> fields = new LinkedHashSet<>(FULL_BY_DEFAULT.contains(method.getName()) ? FakeAcs.FULL : FakeAcs.MINIMAL);
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; args != null && i < args.length; i++) {
            if (args[i] instanceof SearchRequest search && search.getInclude() != null) {
                fields.addAll(search.getInclude());
            }
            for (Annotation a : annotations[i]) {
                if (a instanceof RequestParam p && ("include".equals(p.value()) || "include".equals(p.name())) && args[i] instanceof List<?> l) {
                    l.forEach(v -> fields.addAll(List.of(String.valueOf(v).split(","))));
                }
            }
        }
        return new Asked(method.getName(), fields);
    }

    private static void watch(Object body, Asked asked) {
        if (body instanceof NodeEntry e && e.getEntry() != null) {
            e.setEntry(copy(e.getEntry(), new WatchedNode(asked)));
        } else if (body instanceof NodeChildAssociationPaging p && p.getList() != null && p.getList().getEntries() != null) {
            p.getList().getEntries().forEach(e -> e.setEntry(copy(e.getEntry(), new WatchedChild(asked))));
        } else if (body instanceof NodeAssociationPaging p && p.getList() != null && p.getList().getEntries() != null) {
            p.getList().getEntries().forEach(e -> e.setEntry(copy(e.getEntry(), new WatchedAssociation(asked))));
        } else if (body instanceof VersionPaging p && p.getList() != null && p.getList().getEntries() != null) {
            p.getList().getEntries().forEach(e -> e.setEntry(copy(e.getEntry(), new WatchedVersion(asked))));
        } else if (body instanceof ResultSetPaging p && p.getList() != null && p.getList().getEntries() != null) {
            p.getList().getEntries().forEach(e -> e.setEntry(copy(e.getEntry(), new WatchedHit(asked))));
        }
    }

    /** {@code into} with every field of {@code from} (the generated models are plain beans). */
    private static <T> T copy(Object from, T into) {
        for (Class<?> c = from.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    f.set(into, f.get(from));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return into;
    }

    static final class WatchedNode extends Node {
        private final transient Asked asked;

        WatchedNode(Asked asked) {
            this.asked = asked;
        }

        @Override public Object getProperties() { read("properties", asked, getName()); return super.getProperties(); }
        @Override public List<String> getAspectNames() { read("aspectNames", asked, getName()); return super.getAspectNames(); }
        @Override public org.alfresco.core.model.PathInfo getPath() { read("path", asked, getName()); return super.getPath(); }
        @Override public org.alfresco.core.model.PermissionsInfo getPermissions() { read("permissions", asked, getName()); return super.getPermissions(); }
        @Override public List<String> getAllowableOperations() { read("allowableOperations", asked, getName()); return super.getAllowableOperations(); }
        @Override public Boolean isIsLocked() { read("isLocked", asked, getName()); return super.isIsLocked(); }
    }

    static final class WatchedChild extends NodeChildAssociation {
        private final transient Asked asked;

        WatchedChild(Asked asked) {
            this.asked = asked;
        }

        @Override public Object getProperties() { read("properties", asked, getName()); return super.getProperties(); }
        @Override public List<String> getAspectNames() { read("aspectNames", asked, getName()); return super.getAspectNames(); }
        @Override public org.alfresco.core.model.PathInfo getPath() { read("path", asked, getName()); return super.getPath(); }
        @Override public org.alfresco.core.model.PermissionsInfo getPermissions() { read("permissions", asked, getName()); return super.getPermissions(); }
        @Override public List<String> getAllowableOperations() { read("allowableOperations", asked, getName()); return super.getAllowableOperations(); }
        @Override public Boolean isIsLocked() { read("isLocked", asked, getName()); return super.isIsLocked(); }
        @Override public org.alfresco.core.model.ChildAssociationInfo getAssociation() { read("association", asked, getName()); return super.getAssociation(); }
    }

    static final class WatchedAssociation extends NodeAssociation {
        private final transient Asked asked;

        WatchedAssociation(Asked asked) {
            this.asked = asked;
        }

        @Override public Object getProperties() { read("properties", asked, getName()); return super.getProperties(); }
        @Override public List<String> getAspectNames() { read("aspectNames", asked, getName()); return super.getAspectNames(); }
        @Override public org.alfresco.core.model.PathInfo getPath() { read("path", asked, getName()); return super.getPath(); }
        @Override public org.alfresco.core.model.PermissionsInfo getPermissions() { read("permissions", asked, getName()); return super.getPermissions(); }
        @Override public List<String> getAllowableOperations() { read("allowableOperations", asked, getName()); return super.getAllowableOperations(); }
        @Override public Boolean isIsLocked() { read("isLocked", asked, getName()); return super.isIsLocked(); }
    }

    static final class WatchedVersion extends Version {
        private final transient Asked asked;

        WatchedVersion(Asked asked) {
            this.asked = asked;
        }

        @Override public Object getProperties() { read("properties", asked, getName()); return super.getProperties(); }
        @Override public List<String> getAspectNames() { read("aspectNames", asked, getName()); return super.getAspectNames(); }
    }

    static final class WatchedHit extends ResultNode {
        private final transient Asked asked;

        WatchedHit(Asked asked) {
            this.asked = asked;
        }

        @Override public Object getProperties() { read("properties", asked, getName()); return super.getProperties(); }
        @Override public List<String> getAspectNames() { read("aspectNames", asked, getName()); return super.getAspectNames(); }
        @Override public org.alfresco.search.model.PathInfo getPath() { read("path", asked, getName()); return super.getPath(); }
        @Override public List<String> getAllowableOperations() { read("allowableOperations", asked, getName()); return super.getAllowableOperations(); }
        @Override public Boolean isIsLocked() { read("isLocked", asked, getName()); return super.isIsLocked(); }
    }

    /** Registers the wrapping in every Spring test context (src/test/resources/META-INF/spring.factories). */
    public static final class CustomizerFactory implements ContextCustomizerFactory {
        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    static final class Customizer implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof NodesApi || bean instanceof SearchApi || bean instanceof VersionsApi ? wrap(bean) : bean;
                }
            });
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
