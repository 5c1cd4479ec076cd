package com.haevn.validate.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each member of one JSON container stands in its file: the key's position for object members, the value's
 * for array elements. Positions are packed as {@code line << 32 | column} to keep a million of them cheap.
 */
final class NodePositions {

    /** Above this many members a lookup goes through a hash map: a type with 10,000 resources stays O(1). */
    private static final int SCAN_LIMIT = 16;

    private String[] keys;
    private long[] positions;
    private int size;
    private Map<String, Integer> lastIndexOfKey;

    NodePositions(boolean object) {
        keys = object ? new String[4] : null;
        positions = new long[4];
    }

    void add(String key, long position) {
        lastIndexOfKey = null;
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size * 2);
            if (keys != null) {
                keys = Arrays.copyOf(keys, size * 2);
            }
        }
        if (keys != null) {
            keys[size] = key;
        }
        positions[size++] = position;
    }

    /** The position of member {@code key}, or -1; the last occurrence wins, as in the parsed tree. */
    long ofKey(String key) {
        if (keys == null) {
            return -1;
        }
        if (size > SCAN_LIMIT) {
            Integer index = byKey().get(key);
            return index == null ? -1 : positions[index];
        }
        for (int i = size - 1; i >= 0; i--) {
            if (keys[i].equals(key)) {
                return positions[i];
            }
        }
        return -1;
    }

    /** Built on the first lookup, after parsing has added every member; later keys overwrite earlier ones. */
    private Map<String, Integer> byKey() {
        if (lastIndexOfKey == null) {
            Map<String, Integer> map = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                map.put(keys[i], i);
            }
            lastIndexOfKey = map;
        }
        return lastIndexOfKey;
    }

    long ofIndex(int index) {
        return index >= 0 && index < size ? positions[index] : -1;
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    static int line(long packed) {
        return (int) (packed >>> 32);
    }

    static int column(long packed) {
        return (int) packed;
    }
}
