package vn.wardqms.platform.workflow.standin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Property map keyed by prefixed QName strings. As the repository's ScriptableQNameMap does, a key without a prefix
 * means the content namespace: {@code properties.userName} reads {@code cm:userName}.
 */
final class QNameMap extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    QNameMap() {
    }

    QNameMap(Map<String, Object> values) {
        values.forEach(this::put);
    }

    static String qname(Object key) {
        String name = String.valueOf(key);
        return name.contains(":") ? name : "cm:" + name;
    }

    @Override
    public Object get(Object key) {
        return super.get(qname(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return super.containsKey(qname(key));
    }

    @Override
    public Object put(String key, Object value) {
        return super.put(qname(key), value);
    }

    @Override
    public Object remove(Object key) {
        return super.remove(qname(key));
    }
}
