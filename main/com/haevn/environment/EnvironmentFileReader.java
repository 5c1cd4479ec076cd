package com.haevn.environment;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one environment file with SnakeYAML's node API (so every value keeps its line) and checks everything
 * that can be checked within the file.
 */
final class EnvironmentFileReader {

    /** The keys that are not a layer's: each layer's section comes after them. */
    static final List<String> CORE_KEYS = List.of("name", "tier", "account_id", "cost_allocation", "dns", "regions",
            "primary_region", "recovery_targets");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    /**
     * The longest state bucket name, a region's replica in the primary ("haevn-<name>-tfstate-<12-digit account>-
     * <region short code of up to 5>-replica"), must fit in S3's 63 characters.
     */
    static final int MAX_NAME_LENGTH = 22;
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern DNS_ZONE = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    /** The characters AWS accepts in tag values. */
    private static final Pattern TAG_VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,256}");

    private final FileProblems problems;
    private final String stem;
    private final List<SettingsSection<?>> sections;
    private final List<String> keys;

    private EnvironmentFileReader(String file, String stem, List<SettingsSection<?>> sections) {
        this.problems = new FileProblems(file);
        this.stem = stem;
        this.sections = List.copyOf(sections);
        this.keys = keys(sections);
    }

    /** Every top-level key: the core keys, then one per layer section. */
    static List<String> keys(List<SettingsSection<?>> sections) {
        List<String> keys = new ArrayList<>(CORE_KEYS);
        sections.forEach(section -> keys.add(section.key()));
        return List.copyOf(keys);
    }

    /**
     * @param file the file as named to the loader, used in problems
     * @param stem the file name without {@code .yaml}, which the {@code name} key must equal
     * @param text the file's content
     * @param sections the layers' sections, each a required top-level key
     */
    static ParsedEnvironmentFile read(String file, String stem, String text, List<SettingsSection<?>> sections) {
        return new EnvironmentFileReader(file, stem, sections).read(text);
    }

    private ParsedEnvironmentFile read(String text) {
        Optional<MappingReader> root = compose(text).flatMap(this::root);
        if (root.isEmpty()) {
            return new ParsedEnvironmentFile(problems.file(), Optional.empty(), Optional.empty(), List.of(),
                    problems.list());
        }
        MappingReader r = root.get();
        Optional<Located<String>> name = r.string("name").flatMap(this::name);
        Optional<Tier> tier = r.string("tier").flatMap(this::tier);
        Optional<String> accountId = r.required("account_id").flatMap(this::accountId);
        Optional<CostAllocation> cost = r.mapping("cost_allocation", List.of("cost_center", "owner"))
                .flatMap(this::costAllocation);
        Optional<DnsZone> dns = r.mapping("dns", List.of("zone", "zone_id", "plan")).flatMap(this::dns);
        RegionsReader.Result regions = RegionsReader.read(r, tier, problems);
        Optional<RegionConfig> primary = regions.regions().flatMap(list -> primaryRegion(r, list));
        Optional<RecoveryTargets> recovery = RecoveryTargetsReader.read(r, problems);
        Map<String, Object> settings = new LinkedHashMap<>();
        SectionContext context = new SectionContext(tier, regions.regions()
                .map(list -> list.stream().map(RegionConfig::region).toList()).orElse(List.of()));
        for (SettingsSection<?> section : sections) {
            r.mapping(section.key(), section.keys()).flatMap(mapping -> section.read(mapping, context))
                    .ifPresent(value -> settings.put(section.key(), value));
        }

        Optional<Environment> environment = Optional.empty();
        if (problems.isEmpty()) {
            // every value is present here: each one that is missing or invalid has added a problem
            environment = Optional.of(new Environment(name.orElseThrow().value(), tier.orElseThrow(),
                    accountId.orElseThrow(), cost.orElseThrow(), dns.orElseThrow(),
                    regions.regions().orElseThrow(), primary.orElseThrow(), recovery.orElseThrow(), new LayerSettings(settings)));
        }
        return new ParsedEnvironmentFile(problems.file(), name, environment, regions.cidrs(), problems.list());
    }

    /** {@code primary_region}: optional, one of the regions; the first region when absent. */
    private static Optional<RegionConfig> primaryRegion(MappingReader root, List<RegionConfig> regions) {
        if (!root.has("primary_region")) {
            return Optional.of(regions.get(0));
        }
        return root.string("primary_region").flatMap(name -> {
            Optional<RegionConfig> region = regions.stream().filter(r -> r.region().name().equals(name.value()))
                    .findFirst();
            if (region.isEmpty()) {
                List<String> names = regions.stream().map(r -> r.region().name()).toList();
                root.report(name, "\"" + name.value() + "\" is not a region of this environment"
                        + Suggestions.didYouMean(name.value(), names) + "; use one of: " + String.join(", ", names)
                        + " (or leave primary_region out for the first, " + names.get(0) + ")");
            }
            return region;
        });
    }

    private Optional<Node> compose(String text) {
        try {
            Node node = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            if (node == null) {
                problems.add("", 1, "the file is empty; it must be a mapping with the keys " + String.join(", ", keys));
            }
            return Optional.ofNullable(node);
        } catch (MarkedYAMLException e) {
            int line = lineOf(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark());
            int contextLine = lineOf(e.getContextMark());
            // an unclosed quote or bracket is found at the end of the file: name where it was opened too
            String context = e.getContext() == null ? ""
                    : " (" + e.getContext() + (contextLine > 0 && contextLine != line ? " at line " + contextLine : "") + ")";
            problems.add("", line, "YAML syntax error: " + e.getProblem() + context
                    + "; check the indentation and quoting here");
        } catch (YAMLException e) {
            problems.add("", 0, "YAML syntax error: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static int lineOf(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }

    private Optional<MappingReader> root(Node node) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new MappingReader(mapping, "", FileProblems.lineOf(node), keys, problems));
        }
        problems.add("", node, "the top level must be a mapping with the keys " + String.join(", ", keys)
                + ", got " + YamlValues.describe(node));
        return Optional.empty();
    }

    private Optional<Located<String>> name(Located<String> name) {
        String value = name.value();
        if (!NAME.matcher(value).matches() || value.length() > MAX_NAME_LENGTH) {
            problems.add(name, "\"" + value + "\" is not a valid environment name; use lowercase letters, digits and "
                    + "hyphens, starting with a letter, at most " + MAX_NAME_LENGTH + " characters (e.g. \"qa\")");
            return Optional.empty();
        }
        if (!value.equals(stem)) {
            problems.add(name, "\"" + value + "\" does not match the file name \"" + stem + ".yaml\"; set name to \""
                    + stem + "\" or rename the file to \"" + value + ".yaml\"");
        }
        // kept even when it differs from the file name, so a duplicate of another file's name is reported too
        return Optional.of(name);
    }

    private Optional<Tier> tier(Located<String> tier) {
        Optional<Tier> parsed = Tier.fromYaml(tier.value());
        if (parsed.isEmpty()) {
            List<String> valid = Arrays.stream(Tier.values()).map(Tier::yamlValue).toList();
            problems.add(tier, "\"" + tier.value() + "\" is not a tier" + Suggestions.didYouMean(tier.value(), valid)
                    + "; use one of: " + String.join(", ", valid));
        }
        return parsed;
    }

    private Optional<String> accountId(Node node) {
        boolean text = node instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag());
        if (text && ACCOUNT_ID.matcher(((ScalarNode) node).getValue()).matches()) {
            return Optional.of(((ScalarNode) node).getValue());
        }
        String got = YamlValues.describe(node);
        if (node instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
            problems.add("account_id", node, "got " + got + " without quotes; write the account id as quoted text, "
                    + "e.g. \"" + scalar.getValue() + "\", so YAML keeps it exactly (leading zeros included)");
        } else {
            problems.add("account_id", node, "got " + got + "; an AWS account id is exactly 12 digits, written as "
                    + "quoted text, e.g. \"210987654321\"");
        }
        return Optional.empty();
    }

    private Optional<CostAllocation> costAllocation(MappingReader cost) {
        Optional<String> center = cost.string("cost_center").flatMap(this::tagValue);
        Optional<String> owner = cost.string("owner").flatMap(this::tagValue);
        return center.isPresent() && owner.isPresent()
                ? Optional.of(new CostAllocation(center.get(), owner.get())) : Optional.empty();
    }

    private Optional<String> tagValue(Located<String> value) {
        if (TAG_VALUE.matcher(value.value()).matches() && !value.value().isBlank()) {
            return Optional.of(value.value());
        }
        problems.add(value, "\"" + value.value() + "\" cannot be an AWS tag value; use 1 to 256 letters, digits, "
                + "spaces or _ . : / = + - @");
        return Optional.empty();
    }

    private Optional<DnsZone> dns(MappingReader dns) {
        Optional<String> zone = dns.string("zone").flatMap(this::dnsZone);
        Optional<String> zoneId = dns.string("zone_id").flatMap(this::zoneId);
        Optional<CloudflarePlan> plan = dns.string("plan").flatMap(this::plan);
        return zone.isPresent() && zoneId.isPresent() && plan.isPresent()
                ? Optional.of(new DnsZone(zone.get(), zoneId.get(), plan.get())) : Optional.empty();
    }

    private Optional<String> zoneId(Located<String> id) {
        if (DnsZone.ZONE_ID.matcher(id.value()).matches()) {
            return Optional.of(id.value());
        }
        problems.add(id, "\"" + id.value() + "\" is not a Cloudflare zone id; use the 32 lowercase hexadecimal digits "
                + "shown on the zone's overview page (quote it)");
        return Optional.empty();
    }

    private Optional<CloudflarePlan> plan(Located<String> plan) {
        Optional<CloudflarePlan> known = CloudflarePlan.fromConfigName(plan.value());
        if (known.isEmpty()) {
            List<String> names = Arrays.stream(CloudflarePlan.values()).map(CloudflarePlan::configName).toList();
            problems.add(plan, "\"" + plan.value() + "\" is not a Cloudflare plan" + Suggestions.didYouMean(plan.value(), names)
                    + "; use one of: " + String.join(", ", names));
        }
        return known;
    }

    private Optional<String> dnsZone(Located<String> zone) {
        if (DNS_ZONE.matcher(zone.value()).matches()) {
            return Optional.of(zone.value());
        }
        problems.add(zone, "\"" + zone.value() + "\" is not a DNS zone name; use lowercase labels of letters, digits "
                + "and hyphens joined by dots, without a trailing dot, e.g. haevn.io");
        return Optional.empty();
    }
}
