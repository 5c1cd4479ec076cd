package com.haevn.validate.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.core.LocationIndex;
import com.haevn.validate.core.SourceLocation;


/**
 * A {@link LocationIndex} that walks a JSON Pointer through the parsed tree and answers with the position recorded
 * for the deepest member it could reach, so a pointer to a missing key still lands on its parent.
 */
final class TreeLocationIndex implements LocationIndex {

    private final String file;
    private final JsonNode root;
    private final long rootPosition;

    TreeLocationIndex(String file, JsonNode root, long rootPosition) {
        this.file = file;
        this.root = root;
        this.rootPosition = rootPosition;
    }

    @Override
    public SourceLocation locate(String jsonPointer) {
        long best = rootPosition;
        JsonNode node = root;
        if (jsonPointer != null && !jsonPointer.isEmpty()) {
            int start = 1;
            while (node != null && start <= jsonPointer.length()) {
                int end = jsonPointer.indexOf('/', start);
                if (end < 0) {
                    end = jsonPointer.length();
                }
                String segment = unescape(jsonPointer.substring(start, end));
                NodePositions members = PositionedNodes.of(node);
                long found = -1;
                JsonNode next = null;
                if (members != null && node.isObject()) {
                    found = members.ofKey(segment);
                    next = node.get(segment);
                } else if (members != null && node.isArray()) {
                    int index = parseIndex(segment);
                    found = members.ofIndex(index);
                    next = index >= 0 ? node.get(index) : null;
                }
                if (found < 0) {
                    break;
                }
                best = found;
                node = next;
                start = end + 1;
            }
        }
        return new SourceLocation(file, NodePositions.line(best), NodePositions.column(best));
    }

    private static String unescape(String segment) {
        return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
    }

    private static int parseIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return -1;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (!Character.isDigit(segment.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(segment);
    }
}
