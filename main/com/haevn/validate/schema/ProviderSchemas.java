package com.haevn.validate.schema;

import com.haevn.validate.load.LocatingJsonParser;
import com.haevn.validate.load.ParsedJson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The provider schemas the validator knows (compiled at build time from the provider bindings' jsii assemblies):
 * resource, data source and provider configuration schemas by Terraform name. Only types of a known provider are
 * judged; a type of any other provider ({@code random_id}, {@code kubernetes_namespace}) is left alone.
 */
public final class ProviderSchemas {

    private static volatile ProviderSchemas bundled;

    /** The AWS provider version the bundled schema describes (cdktf-provider-aws 18.0.3). */
    public static final String BUNDLED_AWS_VERSION = "5.23.1";
    /** Where the bundled schemas come from, by provider, as findings name them. */
    private static final Map<String, String> BUNDLED_ORIGINS = Map.of(
            "aws", "AWS provider " + BUNDLED_AWS_VERSION + ", bundled",
            "cloudflare", "Cloudflare provider of @cdktf/provider-cloudflare 10.2.0, bundled",
            "helm", "Helm provider of @cdktf/provider-helm 9.0.2, bundled");

    private final Map<SchemaKind, Map<String, byte[]>> raw;
    private final Map<SchemaKind, Map<String, BlockSchema>> decoded = new java.util.EnumMap<>(SchemaKind.class);
    private final Set<String> providers;
    /** Provider name to the schema's origin, e.g. "AWS provider 5.23.1, bundled". */
    private final Map<String, String> origins;
    /** Providers whose schema is the bundled one, not the one of the version in use. */
    private final Set<String> bundledProviders;

    ProviderSchemas(Map<SchemaKind, Map<String, byte[]>> raw) {
        this(raw, BUNDLED_ORIGINS, raw.get(SchemaKind.PROVIDER).keySet());
    }

    private ProviderSchemas(Map<SchemaKind, Map<String, byte[]>> raw, Map<String, String> origins,
                            Set<String> bundledProviders) {
        this.raw = raw;
        for (SchemaKind kind : SchemaKind.values()) {
            decoded.put(kind, new ConcurrentHashMap<>());
        }
        this.providers = Set.copyOf(raw.get(SchemaKind.PROVIDER).keySet());
        this.origins = Map.copyOf(origins);
        this.bundledProviders = Set.copyOf(bundledProviders);
    }

    /**
     * These schemas with the providers of {@code schema} (the version in use, from {@code terraform providers
     * schema -json}) in place of the bundled ones; the other providers keep their bundled schema.
     */
    public ProviderSchemas with(UserSchema schema) {
        Map<SchemaKind, Map<String, byte[]>> merged = new java.util.EnumMap<>(SchemaKind.class);
        Set<String> replaced = schema.entries().get(SchemaKind.PROVIDER).keySet();
        for (SchemaKind kind : SchemaKind.values()) {
            Map<String, byte[]> entries = new java.util.HashMap<>();
            raw.get(kind).forEach((name, bytes) -> {
                if (!replaced.contains(kind == SchemaKind.PROVIDER ? name : providerOf(name))) {
                    entries.put(name, bytes);
                }
            });
            entries.putAll(schema.entries().get(kind));
            merged.put(kind, entries);
        }
        Map<String, String> mergedOrigins = new java.util.HashMap<>(origins);
        Set<String> bundledLeft = new java.util.HashSet<>(bundledProviders);
        for (String provider : replaced) {
            mergedOrigins.put(provider, schema.origin(provider));
            bundledLeft.remove(provider);
        }
        return new ProviderSchemas(merged, mergedOrigins, bundledLeft);
    }

    /** Which schema judges the provider's types, as a finding says it: "AWS provider 5.23.1, bundled". */
    public String origin(String provider) {
        return origins.getOrDefault(provider, provider + " provider");
    }

    /** Whether the provider is judged by the bundled schema rather than by the schema of the version in use. */
    public boolean bundled(String provider) {
        return bundledProviders.contains(provider);
    }

    /** The schema compiled into the build; empty (judging nothing) if the build did not produce one. */
    public static ProviderSchemas bundled() {
        ProviderSchemas local = bundled;
        if (local == null) {
            synchronized (ProviderSchemas.class) {
                if (bundled == null) {
                    bundled = load();
                }
                local = bundled;
            }
        }
        return local;
    }

    private static ProviderSchemas load() {
        try (InputStream in = ProviderSchemas.class.getClassLoader().getResourceAsStream(SchemaFile.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the provider schema " + SchemaFile.RESOURCE + " is missing from the "
                        + "class path; build the project with `mvn -pl app process-classes` to compile it");
            }
            return new ProviderSchemas(SchemaFile.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the provider schema " + SchemaFile.RESOURCE, e);
        }
    }

    /** Reads a schema file (tests and tools). */
    public static ProviderSchemas read(InputStream in) throws IOException {
        return new ProviderSchemas(SchemaFile.read(in));
    }

    /** Provider names known here ("aws", "cloudflare", "helm"). */
    public Set<String> providers() {
        return providers;
    }

    /** The provider a type belongs to by Terraform's naming rule: the part before the first underscore. */
    public static String providerOf(String type) {
        int underscore = type.indexOf('_');
        return underscore < 0 ? type : type.substring(0, underscore);
    }

    /** Whether types of this type's provider are known here, so an unknown name is an error. */
    public boolean judges(String type) {
        return providers.contains(providerOf(type));
    }

    public Optional<BlockSchema> resource(String type) {
        return find(SchemaKind.RESOURCE, type);
    }

    public Optional<BlockSchema> dataSource(String type) {
        return find(SchemaKind.DATA_SOURCE, type);
    }

    public Optional<BlockSchema> provider(String name) {
        return find(SchemaKind.PROVIDER, name);
    }

    /** All names of one kind for one provider (for "did you mean"). */
    public Set<String> names(SchemaKind kind, String provider) {
        Set<String> names = new TreeSet<>();
        for (String name : raw.get(kind).keySet()) {
            if (providerOf(name).equals(provider)) {
                names.add(name);
            }
        }
        return names;
    }

    public int size(SchemaKind kind) {
        return raw.get(kind).size();
    }

    private Optional<BlockSchema> find(SchemaKind kind, String name) {
        byte[] json = raw.get(kind).get(name);
        if (json == null) {
            return Optional.empty();
        }
        BlockSchema known = decoded.get(kind).get(name);
        if (known != null) {
            return Optional.of(known);
        }
        return Optional.of(decoded.get(kind).computeIfAbsent(name, key -> {
            try {
                ParsedJson parsed = new LocatingJsonParser().parse(name, new ByteArrayInputStream(json));
                if (!parsed.ok()) {
                    throw new IOException(parsed.error());
                }
                return SchemaCodec.decode(parsed.root());
            } catch (IOException e) {
                throw new UncheckedIOException("corrupt schema entry " + name, e);
            }
        }));
    }
}
