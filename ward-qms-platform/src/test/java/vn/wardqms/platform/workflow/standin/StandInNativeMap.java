package vn.wardqms.platform.workflow.standin;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.Wrapper;

/**
 * A Map<QName, Serializable> as a behaviour script sees it (the property maps of onUpdateProperties): the repository's
 * ValueConverter leaves maps alone and its wrap factory for classpath scripts (RhinoScriptProcessor.RhinoWrapFactory)
 * wraps a Map in org.alfresco.repo.jscript.NativeMap. Its behaviour, copied here: a property read by name looks the
 * name up as a key, which never matches a QName key; {@code length} is the size; an index reads the index-th value in
 * the map's order; the ids are the keys themselves (QNames, whose string is {uri}local).
 */
public final class StandInNativeMap implements Scriptable, Wrapper {
    /** org.alfresco.service.namespace.QName as far as a script can tell: an object whose string is {uri}local. */
    public record FullQName(String uri, String localName) {
        @Override
        public String toString() {
            return "{" + uri + "}" + localName;
        }
    }

    private final Map<Object, Object> map;
    private Scriptable parentScope;
    private Scriptable prototype;

    StandInNativeMap(Map<FullQName, Object> values) {
        this.map = new LinkedHashMap<>(values);
    }

    @Override
    public Object unwrap() {
        return map;
    }

    @Override
    public String getClassName() {
        return "NativeMap";
    }

    @Override
    public Object get(String name, Scriptable start) {
        return "length".equals(name) ? map.size() : map.get(name);
    }

    @Override
    public Object get(int index, Scriptable start) {
        Object value = null;
        int i = 0;
        Iterator<Object> values = map.values().iterator();
        while (i++ <= index && values.hasNext()) {
            value = values.next();
        }
        return value;
    }

    @Override
    public boolean has(String name, Scriptable start) {
        return map.containsKey(name);
    }

    @Override
    public boolean has(int index, Scriptable start) {
        return index >= 0 && map.size() > index;
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        map.put(name, value);
    }

    @Override
    public void put(int index, Scriptable start, Object value) {
    }

    @Override
    public void delete(String name) {
        map.remove(name);
    }

    @Override
    public void delete(int index) {
    }

    @Override
    public Scriptable getPrototype() {
        return prototype;
    }

    @Override
    public void setPrototype(Scriptable prototype) {
        this.prototype = prototype;
    }

    @Override
    public Scriptable getParentScope() {
        return parentScope;
    }

    @Override
    public void setParentScope(Scriptable parent) {
        this.parentScope = parent;
    }

    @Override
    public Object[] getIds() {
        return map.keySet().toArray();
    }

    @Override
    public Object getDefaultValue(Class<?> hint) {
        return String.valueOf(map);
    }

    @Override
    public boolean hasInstance(Scriptable value) {
        return value instanceof Wrapper w && w.unwrap() instanceof Map;
    }
}
