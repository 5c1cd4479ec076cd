package com.haevn.environment;

import com.haevn.modules.network.Cidr;
import com.haevn.modules.network.SubnetLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads and checks {@code regions}: region names, VPC ranges and availability zones. */
final class RegionsReader {

    static final List<String> KEYS = List.of("name", "vpc_cidr", "availability_zones");

    /** AWS allows VPCs from /16 to /28; the network layer's smallest subnet is the VPC's prefix + 4, and /28 is AWS's floor. */
    static final int LARGEST_PREFIX = 16;
    static final int SMALLEST_PREFIX = 24;

    /** The network's subnet layout carves one private (/+2) and one public (/+4) subnet per AZ, for three AZs. */
    static final int MAX_ZONES = SubnetLayout.MAX_ZONES;

    /** The RFC 1918 private ranges every VPC must lie in. */
    static final List<Cidr> PRIVATE_RANGES = List.of(
            Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"));

    /**
     * @param regions the regions when every one of them is valid
     * @param cidrs   every valid VPC range, for the overlap check across all files
     */
    record Result(Optional<List<RegionConfig>> regions, List<Located<Cidr>> cidrs) {
    }

    private final FileProblems problems;
    private final Optional<Tier> tier;
    private final List<Located<Cidr>> cidrs = new ArrayList<>();
    private final Map<AwsRegion, Located<String>> seen = new HashMap<>();

    private RegionsReader(FileProblems problems, Optional<Tier> tier) {
        this.problems = problems;
        this.tier = tier;
    }

    static Result read(MappingReader root, Optional<Tier> tier, FileProblems problems) {
        RegionsReader reader = new RegionsReader(problems, tier);
        Optional<List<RegionConfig>> regions = root.sequence("regions").flatMap(list -> reader.readAll(list, root));
        return new Result(regions, List.copyOf(reader.cidrs));
    }

    private Optional<List<RegionConfig>> readAll(SequenceNode list, MappingReader root) {
        if (list.getValue().isEmpty()) {
            problems.add("regions", root.lineOf("regions"), "the list is empty; list at least one region, e.g. "
                    + "{ name: us-east-1, vpc_cidr: 10.50.0.0/16, availability_zones: [us-east-1a, us-east-1b, us-east-1c] }");
            return Optional.empty();
        }
        List<RegionConfig> regions = new ArrayList<>();
        boolean allValid = true;
        for (int i = 0; i < list.getValue().size(); i++) {
            Optional<RegionConfig> region = readOne(list.getValue().get(i), "regions[" + i + "]");
            allValid &= region.isPresent();
            region.ifPresent(regions::add);
        }
        return allValid ? Optional.of(regions) : Optional.empty();
    }

    private Optional<RegionConfig> readOne(Node node, String path) {
        Optional<MappingReader> entry = YamlValues.mapping(node, path, problems)
                .map(mapping -> new MappingReader(mapping, path, FileProblems.lineOf(node), KEYS, problems));
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Optional<AwsRegion> region = entry.get().string("name").flatMap(this::region);
        Optional<Cidr> cidr = entry.get().string("vpc_cidr").flatMap(this::vpcCidr);
        Optional<List<String>> zones = entry.get().sequence("availability_zones")
                .flatMap(list -> zones(list, entry.get().childPath("availability_zones"), region));
        if (region.isEmpty() || cidr.isEmpty() || zones.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RegionConfig(region.get(), cidr.get(), zones.get()));
    }

    private Optional<AwsRegion> region(Located<String> name) {
        Optional<AwsRegion> region = AwsRegion.of(name.value());
        if (region.isEmpty()) {
            String closest = Suggestions.closest(name.value(), AwsRegion.all().stream().map(AwsRegion::name).toList())
                    .orElseThrow();
            problems.add(name, "\"" + name.value() + "\" is not an AWS commercial region (did you mean \""
                    + closest + "\"?); write a region code such as us-east-1 or eu-central-1");
            return Optional.empty();
        }
        Located<String> first = seen.putIfAbsent(region.get(), name);
        if (first != null) {
            problems.add(name, "region " + name.value() + " is listed twice (first as " + first.keyPath()
                    + " at line " + first.line() + "); each region may appear once per environment");
            return Optional.empty();
        }
        return region;
    }

    private Optional<Cidr> vpcCidr(Located<String> text) {
        Cidr cidr;
        try {
            cidr = Cidr.parse(text.value());
        } catch (IllegalArgumentException e) {
            problems.add(text, e.getMessage());
            return Optional.empty();
        }
        if (cidr.prefixLength() < LARGEST_PREFIX || cidr.prefixLength() > SMALLEST_PREFIX) {
            problems.add(text, cidr + " has prefix /" + cidr.prefixLength() + "; use a prefix from /"
                    + LARGEST_PREFIX + " to /" + SMALLEST_PREFIX + " (AWS allows VPCs up to /16, and the network "
                    + "layer carves 3 private /+2 and 3 public /+4 subnets, which must not be smaller than /28)");
            return Optional.empty();
        }
        if (PRIVATE_RANGES.stream().noneMatch(range -> range.contains(cidr))) {
            problems.add(text, cidr + " is not a private address range; use a range inside 10.0.0.0/8, "
                    + "172.16.0.0/12 or 192.168.0.0/16 (RFC 1918)");
            return Optional.empty();
        }
        cidrs.add(new Located<>(cidr, text.keyPath(), text.line()));
        return Optional.of(cidr);
    }

    private Optional<List<String>> zones(SequenceNode list, String path, Optional<AwsRegion> region) {
        Map<String, Located<String>> zones = new LinkedHashMap<>();
        boolean allValid = true;
        for (int i = 0; i < list.getValue().size(); i++) {
            Optional<Located<String>> zone = YamlValues.string(list.getValue().get(i), path + "[" + i + "]", problems);
            allValid &= zone.isPresent() && zone(zone.get(), region, zones);
        }
        allValid &= zoneCount(list, path, zones.keySet());
        return allValid ? Optional.of(List.copyOf(zones.keySet())) : Optional.empty();
    }

    private boolean zone(Located<String> zone, Optional<AwsRegion> region, Map<String, Located<String>> zones) {
        if (region.isPresent() && !region.get().ownsAvailabilityZone(zone.value())) {
            problems.add(zone, "\"" + zone.value() + "\" is not an availability zone of " + region.get()
                    + "; its zones are the region name plus one letter, e.g. " + region.get() + "a");
            return false;
        }
        Located<String> first = zones.putIfAbsent(zone.value(), zone);
        if (first != null) {
            problems.add(zone, "availability zone " + zone.value() + " is listed twice (first as " + first.keyPath()
                    + "); list each zone once");
            return false;
        }
        return true;
    }

    private boolean zoneCount(SequenceNode list, String path, Set<String> zones) {
        int count = list.getValue().size();
        int line = FileProblems.lineOf(list);
        if (tier.map(Tier::requiresHighAvailability).orElse(false) && count < MAX_ZONES) {
            problems.add(path, line, "has " + count + " availability zone" + (count == 1 ? "" : "s") + " " + zones
                    + "; a " + tier.get().yamlValue() + " environment needs 3, so it survives the loss of one AZ "
                    + "(Multi-AZ database, cache replicas in each AZ)");
            return false;
        }
        if (count < 2) {
            problems.add(path, line, "has " + count + " availability zone" + (count == 1 ? "" : "s") + " " + zones
                    + "; list 2 or 3, since EKS needs subnets in at least two AZs");
            return false;
        }
        if (count > MAX_ZONES) {
            problems.add(path, line, "has " + count + " availability zones " + zones + "; list at most " + MAX_ZONES
                    + ", since the network layer carves one private and one public subnet for each of 3 AZs");
            return false;
        }
        return true;
    }
}
