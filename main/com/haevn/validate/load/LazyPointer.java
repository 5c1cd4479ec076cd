package com.haevn.validate.load;

/**
 * A JSON Pointer built only when needed: checks walk millions of values and need the pointer of very few (those
 * with findings), so they carry this cheap chain instead of concatenating strings at every step.
 *
 * @param parent  the parent pointer, null for the root
 * @param segment the last segment (a key or an array index), null for the root
 */
public record LazyPointer(LazyPointer parent, Object segment) {

    public static final LazyPointer ROOT = new LazyPointer(null, null);

    public static LazyPointer of(String pointer) {
        LazyPointer result = ROOT;
        if (pointer.isEmpty()) {
            return result;
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            result = result.child(segment.replace("~1", "/").replace("~0", "~"));
        }
        return result;
    }

    public LazyPointer child(Object childSegment) {
        return new LazyPointer(this, childSegment);
    }

    /** The RFC 6901 pointer. */
    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        return JsonPointers.child(parent.toString(), segment);
    }
}
