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

    private final Map<SchemaKind, Map<String, byte[]>> raw;
    private final Map<SchemaKind, Map<String, BlockSchema>> decoded = new java.util.EnumMap<>(SchemaKind.class);
    private final Set<String> providers;

    ProviderSchemas(Map<SchemaKind, Map<String, byte[]>> raw) {
        this.raw = raw;
        for (SchemaKind kind : SchemaKind.values()) {
            decoded.put(kind, new ConcurrentHashMap<>());
        }
        this.providers = Set.copyOf(raw.get(SchemaKind.PROVIDER).keySet());
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
