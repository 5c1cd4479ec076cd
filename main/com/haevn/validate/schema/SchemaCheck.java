package com.haevn.validate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.config.BlockRef;
import com.haevn.validate.config.JsonKinds;
import com.haevn.validate.config.TerraformConfig;
import com.haevn.validate.core.DocumentCheck;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.load.JsonPointers;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.suggest.DidYouMean;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static com.haevn.validate.catalog.LanguageRules.BLOCK_SHAPE;
import static com.haevn.validate.catalog.LanguageRules.COMPUTED_ONLY;
import static com.haevn.validate.catalog.LanguageRules.MISSING_REQUIRED;
import static com.haevn.validate.catalog.LanguageRules.UNKNOWN_ARGUMENT;
import static com.haevn.validate.catalog.LanguageRules.UNKNOWN_DATA_SOURCE_TYPE;
import static com.haevn.validate.catalog.LanguageRules.UNKNOWN_RESOURCE_TYPE;
import static com.haevn.validate.catalog.LanguageRules.WRONG_TYPE;

/**
 * Checks resources, data sources and provider blocks against the provider schemas: unknown types (HVN-TF-101/102),
 * unknown arguments or blocks (103), missing required arguments (104), values of the wrong type (105), blocks of
 * the wrong shape (106) and computed-only attributes set in configuration (107). Every finding names the schema
 * that judged it (bundled, or the version in use given as {@code terraform providers schema -json}).
 */
public final class SchemaCheck implements DocumentCheck {

    /** Meta-arguments Terraform itself handles on resources and data sources. */
    public static final Set<String> META_ARGUMENTS = Set.of("count", "for_each", "depends_on", "provider",
            "lifecycle", "provisioner", "connection", TerraformConfig.COMMENT_KEY);
    /** Meta-arguments of a provider block. */
    public static final Set<String> PROVIDER_META_ARGUMENTS = Set.of("alias", "version", TerraformConfig.COMMENT_KEY);

    /**
     * Nested blocks the AWS provider declares in "attributes as blocks" mode: unlike real blocks, they accept an
     * expression ("${...}") for the whole list. The bindings cannot tell the two apart, so they are listed here.
     */
    static final Set<String> ATTRIBUTE_MODE_BLOCKS = Set.of("aws_security_group.ingress",
            "aws_security_group.egress", "aws_default_security_group.ingress", "aws_default_security_group.egress",
            "aws_network_acl.ingress", "aws_network_acl.egress", "aws_default_network_acl.ingress",
            "aws_default_network_acl.egress", "aws_route_table.route", "aws_default_route_table.route",
            "aws_vpc_endpoint.dns_options", "aws_lb_target_group.target_failover");

    private static final Set<String> NESTED_META = Set.of(TerraformConfig.COMMENT_KEY);
    /** The rules about names a newer provider version may know. */
    private static final Set<RuleInfo> UNKNOWN_NAMES = Set.of(UNKNOWN_RESOURCE_TYPE, UNKNOWN_DATA_SOURCE_TYPE,
            UNKNOWN_ARGUMENT);

    private final ProviderSchemas schemas;

    public SchemaCheck(ProviderSchemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public String name() {
        return "provider schema";
    }

    @Override
    public List<Finding> check(LoadedDocument document) {
        if (document.kind() != DocumentKind.TERRAFORM_JSON) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        TerraformConfig config = TerraformConfig.of(document.root());
        SchemaDrift drift = new SchemaDrift(schemas, document, UNKNOWN_NAMES);
        for (BlockRef resource : config.resources()) {
            checkTyped(document, resource, schemas.resource(resource.type()), UNKNOWN_RESOURCE_TYPE,
                    SchemaKind.RESOURCE, "resource", drift, findings);
        }
        for (BlockRef data : config.dataSources()) {
            checkTyped(document, data, schemas.dataSource(data.type()), UNKNOWN_DATA_SOURCE_TYPE,
                    SchemaKind.DATA_SOURCE, "data source", drift, findings);
        }
        for (BlockRef provider : config.providers()) {
            schemas.provider(provider.name()).ifPresent(schema -> new BodyChecker(document, provider.address(),
                    provider.name(), drift, findings).body(schema, provider.body(), provider.pointer(),
                    PROVIDER_META_ARGUMENTS));
        }
        return findings;
    }

    private void checkTyped(LoadedDocument document, BlockRef block, Optional<BlockSchema> schema, RuleInfo unknownRule,
                            SchemaKind kind, String what, SchemaDrift drift, List<Finding> findings) {
        if (schema.isPresent()) {
            new BodyChecker(document, block.address(), block.type(), drift, findings).body(schema.get(), block.body(),
                    block.pointer(), META_ARGUMENTS);
            return;
        }
        if (!schemas.judges(block.type())) {
            return; // another provider's type: its schema is not known here, so it is not judged
        }
        String provider = ProviderSchemas.providerOf(block.type());
        String pointer = block.pointer().substring(0, block.pointer().lastIndexOf('/'));
        if (pointer.endsWith("/" + block.name())) {
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        Set<String> known = schemas.names(kind, provider);
        String message = "the " + provider + " provider has no " + what + " type \"" + block.type() + "\"."
                + DidYouMean.hint(block.type(), known);
        findings.add(drift.finding(unknownRule, pointer, block.address(), provider, block.type(), known, message));
    }

    /** Checks one body (and its nested blocks) of one addressed block. */
    private static final class BodyChecker {
        private final LoadedDocument document;
        private final String address;
        private final String type;
        private final SchemaDrift drift;
        private final List<Finding> findings;
        private int depth;

        BodyChecker(LoadedDocument document, String address, String type, SchemaDrift drift, List<Finding> findings) {
            this.document = document;
            this.address = address;
            this.type = type;
            this.drift = drift;
            this.findings = findings;
        }

        void body(BlockSchema schema, JsonNode body, String pointer, Set<String> metaArguments) {
            if (!body.isObject()) {
                return; // the structure check reports bodies that are not objects
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (metaArguments.contains(name)) {
                    continue;
                }
                if (name.equals("dynamic")) {
                    dynamic(schema, value, JsonPointers.child(pointer, name));
                    continue;
                }
                Attribute attribute = schema.attributes().get(name);
                if (attribute != null) {
                    Optional<String> problem = ValueConformance.mismatch(attribute.type(), value);
                    if (problem.isPresent()) {
                        add(WRONG_TYPE, JsonPointers.child(pointer, name), "inappropriate value for \"" + name
                                + "\": " + problem.get() + "; it takes a " + attribute.type().describe());
                    }
                    continue;
                }
                NestedBlock block = schema.blocks().get(name);
                if (block != null) {
                    nestedBlock(block, value, JsonPointers.child(pointer, name));
                    continue;
                }
                String childPointer = JsonPointers.child(pointer, name);
                if (schema.computed().contains(name)) {
                    add(COMPUTED_ONLY, childPointer, "\"" + name + "\" cannot be configured: the provider sets it "
                            + "after apply");
                    continue;
                }
                Set<String> known = new TreeSet<>(schema.attributes().keySet());
                known.addAll(schema.blocks().keySet());
                findings.add(drift.finding(UNKNOWN_ARGUMENT, childPointer, address, ProviderSchemas.providerOf(type),
                        name, known, address + ": no argument or block type is named \"" + name + "\"."
                                + DidYouMean.hint(name, known)));
            }
            for (Attribute attribute : schema.attributes().values()) {
                if (attribute.required() && isAbsent(body.get(attribute.name()))) {
                    add(MISSING_REQUIRED, pointer, "the argument \"" + attribute.name() + "\" is required, but no "
                            + "definition was found; it takes a " + attribute.type().describe());
                }
            }
            for (NestedBlock block : schema.blocks().values()) {
                if (block.required() && isAbsent(body.get(block.name())) && !inDynamic(body, block.name())) {
                    add(MISSING_REQUIRED, pointer, "at least one \"" + block.name() + "\" block is required");
                }
            }
        }

        private void nestedBlock(NestedBlock block, JsonNode value, String pointer) {
            depth++;
            try {
                nestedBlockValue(block, value, pointer);
            } finally {
                depth--;
            }
        }

        private void nestedBlockValue(NestedBlock block, JsonNode value, String pointer) {
            boolean attributeMode = depth == 1 && ATTRIBUTE_MODE_BLOCKS.contains(type + "." + block.name());
            if (value.isObject() && attributeMode) {
                add(BLOCK_SHAPE, pointer, "\"" + block.name() + "\" is an attribute holding a list of objects "
                        + "here; a single object is not accepted: write \"" + block.name() + "\": [{...}]");
            } else if (value.isObject()) {
                body(block.schema(), value, pointer, NESTED_META);
            } else if (value.isArray()) {
                if (block.single() && value.size() > 1) {
                    add(BLOCK_SHAPE, pointer, "at most one \"" + block.name() + "\" block is allowed, got "
                            + value.size());
                }
                for (int i = 0; i < value.size(); i++) {
                    JsonNode element = value.get(i);
                    String elementPointer = JsonPointers.child(pointer, i);
                    if (element.isObject()) {
                        body(block.schema(), element, elementPointer, NESTED_META);
                    } else {
                        add(BLOCK_SHAPE, elementPointer, "each \"" + block.name() + "\" block must be a JSON object, "
                                + "got a " + JsonKinds.of(element));
                    }
                }
            } else if (!value.isNull() && !(attributeMode && ValueConformance.isExpression(value))) {
                add(BLOCK_SHAPE, pointer, "\"" + block.name() + "\" is a block and must be a JSON object (or an "
                        + "array of objects), got a " + JsonKinds.of(value));
            }
        }

        /** JSON syntax: "dynamic": {"BLOCK": {"for_each": ..., "iterator": ..., "content": {...}}}. */
        private void dynamic(BlockSchema schema, JsonNode value, String pointer) {
            if (!value.isObject()) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String blockPointer = JsonPointers.child(pointer, entry.getKey());
                NestedBlock block = schema.blocks().get(entry.getKey());
                if (block == null) {
                    findings.add(drift.finding(UNKNOWN_ARGUMENT, blockPointer, address,
                            ProviderSchemas.providerOf(type), entry.getKey(), schema.blocks().keySet(), address + ": no block type is named \""
                                    + entry.getKey() + "\"." + DidYouMean.hint(entry.getKey(), schema.blocks().keySet())
                                    + " A dynamic block must name one of this block's nested block types."));
                    continue;
                }
                JsonNode content = entry.getValue().path("content");
                if (content.isObject()) {
                    body(block.schema(), content, JsonPointers.child(blockPointer, "content"),
                            NESTED_META);
                }
            }
        }

        private static boolean inDynamic(JsonNode body, String blockName) {
            return body.path("dynamic").has(blockName);
        }

        private static boolean isAbsent(JsonNode value) {
            return value == null || value.isNull();
        }

        private void add(RuleInfo rule, String pointer, String message) {
            findings.add(drift.finding(rule, pointer, address, ProviderSchemas.providerOf(type), "", Set.of(),
                    address + ": " + message));
        }
    }
}
