package com.haevn.validate.load;

import java.util.Arrays;

/**
 * Where each member of one JSON container stands in its file: the key's position for object members, the value's
 * for array elements. Positions are packed as {@code line << 32 | column} to keep a million of them cheap.
 */
final class NodePositions {

    private String[] keys;
    private long[] positions;
    private int size;

    NodePositions(boolean object) {
        keys = object ? new String[4] : null;
        positions = new long[4];
    }

    void add(String key, long position) {
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
        for (int i = size - 1; i >= 0; i--) {
            if (keys[i].equals(key)) {
                return positions[i];
            }
        }
        return -1;
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
