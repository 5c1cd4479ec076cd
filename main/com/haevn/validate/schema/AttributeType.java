package com.haevn.validate.schema;

/**
 * The Terraform type of an argument, as far as the schema describes it: a primitive, an object (its attributes are
 * not checked), or a list or map of one. Encoded compactly as "s", "n", "b", "o" (object), "a" (any), "l:s" (list
 * of string), "m:n" (map of number)...
 *
 * @param kind    STRING, NUMBER, BOOL, ANY, LIST or MAP
 * @param element the element type of a LIST or MAP, else null
 */
public record AttributeType(Kind kind, AttributeType element) {

    /** The kinds of type an argument can have. */
    public enum Kind { STRING, NUMBER, BOOL, OBJECT, ANY, LIST, MAP }

    public static final AttributeType STRING = new AttributeType(Kind.STRING, null);
    public static final AttributeType NUMBER = new AttributeType(Kind.NUMBER, null);
    public static final AttributeType BOOL = new AttributeType(Kind.BOOL, null);
    public static final AttributeType OBJECT = new AttributeType(Kind.OBJECT, null);
    public static final AttributeType ANY = new AttributeType(Kind.ANY, null);

    public static AttributeType decode(String code) {
        if (code.startsWith("l:")) {
            return new AttributeType(Kind.LIST, decode(code.substring(2)));
        }
        if (code.startsWith("m:")) {
            return new AttributeType(Kind.MAP, decode(code.substring(2)));
        }
        return switch (code) {
            case "s" -> STRING;
            case "n" -> NUMBER;
            case "b" -> BOOL;
            case "o" -> OBJECT;
            default -> ANY;
        };
    }

    public String encode() {
        return switch (kind) {
            case STRING -> "s";
            case NUMBER -> "n";
            case BOOL -> "b";
            case OBJECT -> "o";
            case ANY -> "a";
            case LIST -> "l:" + element.encode();
            case MAP -> "m:" + element.encode();
        };
    }

    /** How Terraform names the type in its messages: "string", "list of number", "map of bool". */
    public String describe() {
        return switch (kind) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOL -> "bool";
            case OBJECT -> "object";
            case ANY -> "any value";
            case LIST -> "list of " + element.describe();
            case MAP -> "map of " + element.describe();
        };
    }
}
