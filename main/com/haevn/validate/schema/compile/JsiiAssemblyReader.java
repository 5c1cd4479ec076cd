package com.haevn.validate.schema.compile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a jsii assembly ({@code .jsii}, 134 MB for AWS) and keeps only what the schema needs of each type,
 * reading one type at a time so the whole document never sits in memory as a tree.
 */
public final class JsiiAssemblyReader {

    private final ObjectMapper mapper;

    public JsiiAssemblyReader() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                .build();
        mapper = new ObjectMapper(factory);
    }

    public Map<String, JsiiType> read(InputStream assembly) throws IOException {
        Map<String, JsiiType> types = new HashMap<>();
        try (JsonParser parser = mapper.getFactory().createParser(assembly)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a jsii assembly must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!field.equals("types")) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String fqn = parser.currentName();
                    parser.nextToken();
                    JsonNode type = mapper.readTree(parser);
                    types.put(fqn, reduce(fqn, type));
                }
            }
        }
        return types;
    }

    private static JsiiType reduce(String fqn, JsonNode type) {
        List<JsiiType.Property> properties = new ArrayList<>();
        for (JsonNode property : type.path("properties")) {
            String docs = property.path("docs").path("summary").asText("") + " "
                    + property.path("docs").path("remarks").asText("");
            properties.add(new JsiiType.Property(property.path("name").asText(),
                    property.path("optional").asBoolean(false), property.path("static").asBoolean(false),
                    property.path("type"), docs));
        }
        String configFqn = "";
        for (JsonNode parameter : type.path("initializer").path("parameters")) {
            if (parameter.path("name").asText().equals("config")) {
                configFqn = parameter.path("type").path("fqn").asText("");
            }
        }
        return new JsiiType(fqn, type.path("kind").asText(), type.path("base").asText(""),
                type.path("docs").path("summary").asText(""), configFqn, List.copyOf(properties));
    }
}
