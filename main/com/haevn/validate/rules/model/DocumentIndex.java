package com.haevn.validate.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.LoadedDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resources of one input file, whichever kind it is, with the lookups rules share: by type, cross-resource
 * links ("which {@code aws_s3_bucket_versioning} points at this bucket"), effective tags and the state backend.
 */
public final class DocumentIndex {

    /** Arguments that name a resource; a literal equal to one of them (or ending an ARN with it) is a link. */
    private static final List<String> IDENTITY_ARGUMENTS = List.of("id", "arn", "bucket", "name", "identifier",
            "cluster_identifier", "replication_group_id", "global_cluster_identifier", "zone", "url");

    private final LoadedDocument document;
    private final List<Resource> resources;
    private final Map<String, Block> defaultTags;
    private final Map<String, PlanReader.ConfigEntry> planConfig;
    private final Map<String, List<Resource>> managedByType = new HashMap<>();
    private final Map<String, CompanionIndex> companionIndexes = new HashMap<>();
    private final Map<Resource, Identity> identities = new IdentityHashMap<>();

    /** What names a resource for literal links: its identity arguments' known texts, and whether its id is known. */
    record Identity(List<String> values, boolean idKnown) {
    }

    private DocumentIndex(LoadedDocument document, List<Resource> resources, Map<String, Block> defaultTags,
                          Map<String, PlanReader.ConfigEntry> planConfig) {
        this.document = document;
        this.resources = List.copyOf(resources);
        this.defaultTags = defaultTags;
        this.planConfig = planConfig;
        for (Resource resource : this.resources) {
            if (!resource.isData()) {
                managedByType.computeIfAbsent(resource.type(), t -> new ArrayList<>()).add(resource);
            }
        }
    }

    public static DocumentIndex of(LoadedDocument document) {
        JsonNode root = document.root();
        if (document.kind() == DocumentKind.PLAN_JSON) {
            return new DocumentIndex(document, PlanReader.resources(root), Map.of(), PlanReader.configuration(root));
        }
        return new DocumentIndex(document, TerraformJsonReader.resources(root),
                TerraformJsonReader.defaultTags(root), Map.of());
    }

    public LoadedDocument document() {
        return document;
    }

    public boolean isPlan() {
        return document.kind() == DocumentKind.PLAN_JSON;
    }

    /** Every managed resource and data source. */
    public List<Resource> all() {
        return resources;
    }

    /** Managed resources of the given types, in document order. */
    public List<Resource> resources(String... types) {
        if (types.length == 1) {
            return List.copyOf(managedByType.getOrDefault(types[0], List.of()));
        }
        Set<String> wanted = Set.of(types);
        return resources.stream().filter(r -> !r.isData() && wanted.contains(r.type())).toList();
    }

    /** Data sources of the given type. */
    public List<Resource> dataSources(String type) {
        return resources.stream().filter(r -> r.isData() && r.type().equals(type)).toList();
    }

    public boolean has(String... types) {
        return !resources(types).isEmpty();
    }

    /** The Terraform JSON {@code terraform} blocks (none in a plan). */
    public List<Block> terraformBlocks() {
        return isPlan() ? List.of() : TerraformJsonReader.terraformBlocks(document.root());
    }

    /** Whether {@code from}'s argument at {@code path} points at {@code target}. */
    public Link link(Resource from, String path, Resource target) {
        Attr value = from.attr(path);
        if (value.isAbsent()) {
            return Link.NO;
        }
        if (value.isKnown()) {
            return value.text().map(literal -> linkByLiteral(literal, target)).orElse(Link.MAYBE);
        }
        List<String> referenced = referencedAddresses(from, path);
        if (referenced.isEmpty()) {
            return Link.MAYBE;
        }
        boolean sameTypeElsewhere = false;
        for (String reference : referenced) {
            String qualified = from.modulePath() + reference;
            if (qualified.equals(target.configAddress())) {
                return Link.YES;
            }
            if (reference.startsWith((target.isData() ? "data." : "") + target.type() + ".")) {
                sameTypeElsewhere = true;
            }
        }
        // a reference to another resource of the target's type names that one, not this one
        return sameTypeElsewhere && referenced.size() == 1 ? Link.NO : Link.MAYBE;
    }

    /**
     * The addresses an unknown argument refers to, relative to {@code from}'s module: from the expression text in
     * Terraform JSON, from the configuration's {@code references} in a plan. Empty for known or absent values.
     */
    public List<String> referencedAddresses(Resource from, String path) {
        Attr value = from.attr(path);
        if (!value.isUnknown()) {
            return List.of();
        }
        return value.expression().map(e -> List.copyOf(References.in(e))).orElseGet(() -> planReferences(from, path));
    }

    /** The resources of {@code companionType} whose argument at {@code path} points at {@code target}. */
    public Companions companions(Resource target, String companionType, String path) {
        return companionIndexes.computeIfAbsent(companionType + "#" + path,
                key -> new CompanionIndex(this, managedByType.getOrDefault(companionType, List.of()), path))
                .of(target, identity(target));
    }

    /**
     * The resources of {@code companionType} that may point at {@code target} but cannot be told to before apply
     * (their argument at {@code path} is an expression that names no address, or a literal that may be its id).
     */
    public List<Resource> possibleCompanions(Resource target, String companionType, String path) {
        return managedByType.getOrDefault(companionType, List.of()).stream()
                .filter(candidate -> link(candidate, path, target) == Link.MAYBE).toList();
    }

    private Identity identity(Resource target) {
        return identities.computeIfAbsent(target, t -> new Identity(IDENTITY_ARGUMENTS.stream()
                .map(argument -> t.attr(argument).text()).flatMap(Optional::stream).toList(), idKnown(t)));
    }

    /**
     * The tags {@code resource} will carry. Terraform JSON: its {@code tags} over the {@code default_tags} of its
     * provider configuration. Plan: {@code tags_all} (the provider's merge), else {@code tags}.
     */
    public TagSet tags(Resource resource) {
        Map<String, Attr> merged = new LinkedHashMap<>();
        if (isPlan()) {
            Attr all = resource.attr("tags_all");
            if (all.isUnknown()) {
                return TagSet.unknown();
            }
            if (all.isKnown()) {
                return collect(resource, "tags_all", merged) ? new TagSet(merged, false) : TagSet.unknown();
            }
        } else {
            Block defaults = defaultTags.get(resource.providerKey());
            if (defaults != null) {
                if (defaults.attr("tags").isUnknown()) {
                    return TagSet.unknown();
                }
                if (!collect(defaults, "tags", merged)) {
                    return TagSet.unknown();
                }
            }
        }
        return collect(resource, "tags", merged) ? new TagSet(merged, false) : TagSet.unknown();
    }

    /** Adds the entries of the map at {@code path}; false when the map itself is an expression. */
    private static boolean collect(Block block, String path, Map<String, Attr> into) {
        Attr map = block.attr(path);
        if (map.isAbsent()) {
            return true;
        }
        if (!map.isKnown() || !map.node().isObject()) {
            return false;
        }
        Iterator<String> keys = map.node().fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            into.put(key, block.attr(path + "." + key));
        }
        return true;
    }

    private Link linkByLiteral(String literal, Resource target) {
        for (String argument : IDENTITY_ARGUMENTS) {
            Optional<String> text = target.attr(argument).text();
            if (text.isPresent() && (literal.equals(text.get()) || literal.endsWith(":" + text.get())
                    || literal.endsWith("/" + text.get()))) {
                return Link.YES;
            }
        }
        return idKnown(target) ? Link.NO : Link.MAYBE;
    }

    /**
     * Only a known id rules a link out: a configured name says nothing about a computed id (zone ids), except for
     * buckets, whose id is their name.
     */
    static boolean idKnown(Resource target) {
        return target.attr("id").isKnown()
                || ("aws_s3_bucket".equals(target.type()) && target.attr("bucket").isKnown());
    }

    /** In a plan, the addresses the configuration expression of {@code from}'s argument refers to. */
    private List<String> planReferences(Resource from, String path) {
        PlanReader.ConfigEntry entry = planConfig.get(from.configAddress());
        if (entry == null) {
            return List.of();
        }
        JsonNode node = entry.expressions();
        for (String step : path.split("\\.")) {
            if (node.isArray()) {
                node = node.path(0);
            }
            node = node.path(step);
        }
        List<String> result = new ArrayList<>();
        for (JsonNode reference : node.path("references")) {
            String address = References.addressOf(reference.asText());
            if (!result.contains(address)) {
                result.add(address);
            }
        }
        return result;
    }
}
