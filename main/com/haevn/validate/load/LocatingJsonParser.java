package com.haevn.validate.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.haevn.validate.core.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses JSON with Jackson's streaming parser, building the tree and, alongside it, where every member stands
 * (line and column), so findings can point at the exact key. Never throws on bad input: a syntax error, a nesting
 * deeper than {@link #MAX_DEPTH}, a string longer than {@link #MAX_STRING_CHARS}, an empty or binary file all come
 * back as a {@link ParsedJson} with an error and its location.
 */
public final class LocatingJsonParser {

    /** Deeper JSON is refused: Terraform configuration is never nested this deep, an attacker's file may be. */
    public static final int MAX_DEPTH = 512;
    /** Longer strings are refused (16 MiB): no real argument value is this large. */
    public static final int MAX_STRING_CHARS = 16 * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(1000)
                    .build())
            .build();

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** Parses {@code input}; {@code file} names the file in locations. */
    public ParsedJson parse(String file, InputStream input) {
        List<ParsedJson.DuplicateKey> duplicates = new ArrayList<>();
        List<Object> path = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(input)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return ParsedJson.failed("the file is empty; expected a JSON object", new SourceLocation(file, 1, 1));
            }
            long rootPosition = position(parser.currentTokenLocation());
            JsonNode root = readValue(parser, first, duplicates, path, file);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                return ParsedJson.failed("unexpected content after the end of the JSON value",
                        location(file, parser.currentTokenLocation()));
            }
            return new ParsedJson(root, new TreeLocationIndex(file, root, rootPosition),
                    List.copyOf(duplicates), null, null);
        } catch (JsonProcessingException e) {
            return ParsedJson.failed(describe(e), location(file, e.getLocation()));
        } catch (IOException | RuntimeException e) {
            // Jackson reports bad encodings as CharConversionException and a few corner cases as runtime errors.
            return ParsedJson.failed("not readable as JSON: " + oneLine(e.getMessage()), new SourceLocation(file, 1, 1));
        }
    }

    private JsonNode readValue(JsonParser parser, JsonToken token, List<ParsedJson.DuplicateKey> duplicates,
                               List<Object> path, String file) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                PositionedNodes.PositionedObject object = new PositionedNodes.PositionedObject(nodes);
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    long keyPosition = position(parser.currentTokenLocation());
                    path.add(key);
                    JsonNode value = readValue(parser, parser.nextToken(), duplicates, path, file);
                    if (object.replace(key, value) != null) {
                        duplicates.add(new ParsedJson.DuplicateKey(JsonPointers.of(path.toArray()),
                                new SourceLocation(file, NodePositions.line(keyPosition),
                                        NodePositions.column(keyPosition))));
                    }
                    path.remove(path.size() - 1);
                    object.positions.add(key, keyPosition);
                }
                return object;
            }
            case START_ARRAY -> {
                PositionedNodes.PositionedArray array = new PositionedNodes.PositionedArray(nodes);
                JsonToken next;
                int index = 0;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (next == null) {
                        throw new IOException("unexpected end of input inside an array");
                    }
                    long valuePosition = position(parser.currentTokenLocation());
                    path.add(index++);
                    array.add(readValue(parser, next, duplicates, path, file));
                    path.remove(path.size() - 1);
                    array.positions.add(null, valuePosition);
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IOException("unexpected token " + token);
        }
    }

    private static long position(JsonLocation location) {
        return NodePositions.pack(Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
    }

    private static SourceLocation location(String file, JsonLocation location) {
        if (location == null) {
            return new SourceLocation(file, 1, 1);
        }
        return new SourceLocation(file, Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
    }

    private static final Pattern SOURCE_WITH_PLACE =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern SOURCE = Pattern.compile("\\s*(at )?\\[Source: [^\\]]*\\]");

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return "invalid JSON: " + oneLine(message);
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        // Jackson names its input source in brackets ("[Source: REDACTED (...); line: 1, column: 2]"): keep the place
        String line = SOURCE_WITH_PLACE.matcher(message).replaceAll("line $1, column $2");
        line = SOURCE.matcher(line).replaceAll("").replace('\r', ' ').replace('\n', ' ').replaceAll(" {2,}", " ")
                .trim();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
