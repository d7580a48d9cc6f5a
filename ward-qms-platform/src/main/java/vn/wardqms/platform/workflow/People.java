package vn.wardqms.platform.workflow;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * User names from process variables. In the repository a person association (e.g. the start task's qmswf:approver)
 * arrives as a person node object whose {@code properties} map holds {@code userName} — the same path the shipped
 * BPMN expressions use, {@code ${bpm_assignee.properties.userName}}. This resolves it the way the expression language
 * does (bean property, then map key), so it needs no repository class at compile time.
 */
public final class People {
    private People() {
    }

    /** The user name of one person value, or null when there is none. */
    public static String userName(Object person) {
        if (person == null) {
            return null;
        }
        if (person instanceof String name) {
            return name.isBlank() ? null : name.trim();
        }
        Object properties = person instanceof Map<?, ?> ? person : beanProperty(person, "properties");
        if (properties instanceof Map<?, ?> map) {
            Object name = map.get("userName");
            if (name == null) {
                name = map.get("cm:userName");
            }
            return name == null ? null : userName(name.toString());
        }
        throw new IllegalArgumentException("not a person: " + person.getClass().getName());
    }

    /** User names of a person list (or a single person), in order. */
    public static List<String> userNames(Object persons) {
        List<String> names = new ArrayList<>();
        if (persons instanceof Collection<?> many) {
            for (Object person : many) {
                String name = userName(person);
                if (name != null) {
                    names.add(name);
                }
            }
        } else {
            String name = userName(persons);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static Object beanProperty(Object bean, String property) {
        try {
            for (PropertyDescriptor d : Introspector.getBeanInfo(bean.getClass()).getPropertyDescriptors()) {
                if (d.getName().equals(property) && d.getReadMethod() != null) {
                    return d.getReadMethod().invoke(bean);
                }
            }
            return null;
        } catch (IntrospectionException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read " + property + " of " + bean.getClass().getName(), e);
        }
    }
}
