package com.haevn.validate.load;

import com.haevn.validate.core.LocationIndex;
import com.haevn.validate.core.SourceLocation;

import java.util.HashMap;
import java.util.Map;

/**
 * Locates pointers of a module assembled from several files: each block of the assembled tree was taken from one
 * file, so a pointer is answered by that file's own index, with the block's pointer in that file put back in front.
 */
final class ModuleLocationIndex implements LocationIndex {

    /** Where one assembled block came from: the file's index and the block's pointer there. */
    private record Origin(LocationIndex file, String pointer) {
    }

    private final Map<String, Origin> origins = new HashMap<>();
    private final LocationIndex fallback;

    ModuleLocationIndex(LocationIndex fallback) {
        this.fallback = fallback;
    }

    /** Records that the assembled block at {@code assembled} is {@code original} in the file {@code file}. */
    void map(String assembled, LocationIndex file, String original) {
        origins.put(assembled, new Origin(file, original));
    }

    @Override
    public SourceLocation locate(String jsonPointer) {
        if (jsonPointer != null && !jsonPointer.isEmpty()) {
            // the deepest recorded block the pointer lies in: blocks are recorded at depth 1 to 3
            int[] ends = new int[3];
            int depth = 0;
            for (int i = 1; i <= jsonPointer.length() && depth < 3; i++) {
                if (i == jsonPointer.length() || jsonPointer.charAt(i) == '/') {
                    ends[depth++] = i;
                }
            }
            for (int d = depth - 1; d >= 0; d--) {
                Origin origin = origins.get(jsonPointer.substring(0, ends[d]));
                if (origin != null) {
                    return origin.file().locate(origin.pointer() + jsonPointer.substring(ends[d]));
                }
            }
        }
        return fallback.locate("");
    }
}
