package dev.parley.adapter.persistence;

import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;

/** Sets of enum constants as one column: names in declaration order, comma-separated; "" for none. */
final class EnumSets {

    private EnumSets() {
    }

    static <E extends Enum<E>> String encode(Set<E> values, Class<E> type) {
        StringJoiner out = new StringJoiner(",");
        EnumSet<E> ordered = values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
        for (E e : ordered) {
            out.add(e.name());
        }
        return out.toString();
    }

    /** Fails on a name this build does not know: the row was written by a newer version or damaged. */
    static <E extends Enum<E>> Set<E> decode(String column, Class<E> type) {
        EnumSet<E> out = EnumSet.noneOf(type);
        if (column == null || column.isEmpty()) {
            return out;
        }
        for (String name : column.split(",", -1)) {
            try {
                out.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("stored set of " + type.getSimpleName() + " holds an unknown value", e);
            }
        }
        return out;
    }
}
