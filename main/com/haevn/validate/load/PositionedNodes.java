package com.haevn.validate.load;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON containers that carry where their members stand, so locating a pointer needs no side table (an identity
 * map over a million nodes cost more than the parse itself).
 */
final class PositionedNodes {

    private PositionedNodes() {
    }

    /** An object node with its members' positions. */
    static final class PositionedObject extends ObjectNode {
        private static final long serialVersionUID = 1L;
        final transient NodePositions positions = new NodePositions(true);

        PositionedObject(JsonNodeFactory factory) {
            super(factory);
        }
    }

    /** An array node with its elements' positions. */
    static final class PositionedArray extends ArrayNode {
        private static final long serialVersionUID = 1L;
        final transient NodePositions positions = new NodePositions(false);

        PositionedArray(JsonNodeFactory factory) {
            super(factory);
        }
    }

    static NodePositions of(Object node) {
        if (node instanceof PositionedObject object) {
            return object.positions;
        }
        if (node instanceof PositionedArray array) {
            return array.positions;
        }
        return null;
    }
}
