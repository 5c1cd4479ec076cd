package com.haevn.environment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and checks {@code sizes}. Staging and production need enough instances and replicas to survive the
 * loss of one AZ, because the seed asks for a Multi-AZ database and cache replicas in each AZ.
 */
final class SizesReader {

    static final List<String> KEYS = List.of("runtime", "data", "cache");
    static final List<String> RUNTIME_KEYS = List.of("node_instance_type", "node_min", "node_max");
    static final List<String> DATA_KEYS = List.of("min_capacity_acu", "max_capacity_acu", "instances");
    static final List<String> CACHE_KEYS = List.of("node_type", "shards", "replicas_per_shard");

    private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9]+");
    private static final Pattern CACHE_NODE_TYPE = Pattern.compile("cache\\.[a-z][a-z0-9-]*\\.[a-z0-9]+");
    private static final BigDecimal MIN_ACU = new BigDecimal("0.5");
    private static final BigDecimal MAX_ACU = new BigDecimal("128");
    /** An Aurora cluster has one writer and at most 15 readers. */
    private static final int MAX_INSTANCES = 16;
    /** ElastiCache allows at most 5 replicas per shard and 500 shards. */
    private static final int MAX_REPLICAS = 5;
    private static final int MAX_SHARDS = 500;

    private final FileProblems problems;
    private final Optional<Tier> highAvailabilityTier;

    private SizesReader(FileProblems problems, Optional<Tier> tier) {
        this.problems = problems;
        this.highAvailabilityTier = tier.filter(Tier::requiresHighAvailability);
    }

    static Optional<Sizes> read(MappingReader root, Optional<Tier> tier, FileProblems problems) {
        Optional<MappingReader> sizes = root.mapping("sizes", KEYS);
        if (sizes.isEmpty()) {
            return Optional.empty();
        }
        SizesReader reader = new SizesReader(problems, tier);
        Optional<RuntimeSizes> runtime = sizes.get().mapping("runtime", RUNTIME_KEYS).flatMap(reader::runtime);
        Optional<DataSizes> data = sizes.get().mapping("data", DATA_KEYS).flatMap(reader::data);
        Optional<CacheSizes> cache = sizes.get().mapping("cache", CACHE_KEYS).flatMap(reader::cache);
        if (runtime.isEmpty() || data.isEmpty() || cache.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Sizes(runtime.get(), data.get(), cache.get()));
    }

    private Optional<RuntimeSizes> runtime(MappingReader runtime) {
        Optional<String> type = runtime.string("node_instance_type").flatMap(v -> matches(v, INSTANCE_TYPE,
                "an EC2 instance type such as m6i.large"));
        Optional<Integer> min = runtime.integer("node_min").flatMap(v -> between(v, 1, Integer.MAX_VALUE,
                "a node group needs at least 1 node"));
        Optional<Integer> max = runtime.integer("node_max").flatMap(v -> between(v, min.orElse(1), Integer.MAX_VALUE,
                "node_max must not be below node_min"));
        if (type.isEmpty() || min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuntimeSizes(type.get(), min.get(), max.get()));
    }

    private Optional<DataSizes> data(MappingReader data) {
        Optional<BigDecimal> min = data.decimal("min_capacity_acu").flatMap(this::acu);
        Optional<BigDecimal> max = data.decimal("max_capacity_acu").flatMap(this::acu);
        if (min.isPresent() && max.isPresent() && max.get().compareTo(min.get()) < 0) {
            problems.add(data.childPath("max_capacity_acu"), data.lineOf("max_capacity_acu"), "maximum "
                    + max.get().toPlainString() + " ACU is below the minimum " + min.get().toPlainString()
                    + " ACU; use a maximum of at least " + min.get().toPlainString());
            return Optional.empty();
        }
        int minInstances = highAvailabilityTier.isPresent() ? 2 : 1;
        Optional<Integer> instances = data.integer("instances").flatMap(v -> between(v, minInstances, MAX_INSTANCES,
                highAvailabilityTier.map(t -> "a " + t.yamlValue() + " environment needs a standby in another AZ, "
                        + "as the seed requires a Multi-AZ database").orElse("a cluster needs a writer"),
                "an Aurora cluster has one writer and at most 15 readers"));
        if (min.isEmpty() || max.isEmpty() || instances.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DataSizes(min.get().doubleValue(), max.get().doubleValue(), instances.get()));
    }

    private Optional<CacheSizes> cache(MappingReader cache) {
        Optional<String> type = cache.string("node_type").flatMap(v -> matches(v, CACHE_NODE_TYPE,
                "an ElastiCache node type such as cache.r6g.large"));
        Optional<Integer> shards = cache.integer("shards").flatMap(v -> between(v, 1, MAX_SHARDS,
                "a Redis cluster has 1 to " + MAX_SHARDS + " shards"));
        int minReplicas = highAvailabilityTier.isPresent() ? 1 : 0;
        Optional<Integer> replicas = cache.integer("replicas_per_shard").flatMap(v -> between(v, minReplicas,
                MAX_REPLICAS, highAvailabilityTier.map(t -> "a " + t.yamlValue() + " environment needs a replica of "
                        + "each shard in another AZ, as the seed requires read replicas in each AZ").orElse("a replica count cannot be negative"),
                "ElastiCache allows at most " + MAX_REPLICAS + " replicas per shard"));
        if (type.isEmpty() || shards.isEmpty() || replicas.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CacheSizes(type.get(), shards.get(), replicas.get()));
    }

    private Optional<BigDecimal> acu(Located<BigDecimal> value) {
        BigDecimal acu = value.value();
        boolean inRange = acu.compareTo(MIN_ACU) >= 0 && acu.compareTo(MAX_ACU) <= 0;
        boolean halfStep = acu.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
        if (inRange && halfStep) {
            return Optional.of(acu);
        }
        problems.add(value, acu.toPlainString() + " ACU is not a valid Aurora Serverless v2 capacity; use 0.5 to 128 "
                + "in steps of 0.5");
        return Optional.empty();
    }

    private Optional<Integer> between(Located<Integer> value, int min, int max, String why) {
        return between(value, min, max, why, why);
    }

    /** Checks {@code min <= value <= max}, explaining the bound that was broken. */
    private Optional<Integer> between(Located<Integer> value, int min, int max, String whyMin, String whyMax) {
        if (value.value() >= min && value.value() <= max) {
            return Optional.of(value.value());
        }
        String range = max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
        problems.add(value, "got " + value.value() + "; use " + range + ": " + (value.value() < min ? whyMin : whyMax));
        return Optional.empty();
    }

    private Optional<String> matches(Located<String> value, Pattern pattern, String expected) {
        if (pattern.matcher(value.value()).matches()) {
            return Optional.of(value.value());
        }
        problems.add(value, "\"" + value.value() + "\" is not " + expected);
        return Optional.empty();
    }
}
