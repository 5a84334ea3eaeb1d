package cn.ecopark.flow.security;

import java.lang.reflect.Field;

/**
 * The engine guards read a few private fields of Camunda 7.24's commands (which query, which user, which filter)
 * that the engine offers no getter for. If an upgrade renames one, this fails loudly — at start-up for fields
 * looked up once, on first use otherwise — so a guard never lets a request through unchecked.
 */
final class CamundaInternals {

    private CamundaInternals() {
    }

    /** The field, declared by the type or one of its superclasses, made readable. */
    static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException("Camunda changed " + type.getName() + ": no field " + name + " for the trust boundary to check");
    }

    static Object get(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T read(Object target, String name) {
        return (T) get(field(target.getClass(), name), target);
    }

    static void write(Object target, String name, Object value) {
        try {
            field(target.getClass(), name).set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
