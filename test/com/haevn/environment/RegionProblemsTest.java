package com.haevn.environment;

import com.haevn.testing.EnvironmentFixtures;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.assertProblem;
import static com.haevn.testing.EnvironmentFixtures.problems;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static com.haevn.testing.EnvironmentFixtures.staging;
import static com.haevn.testing.EnvironmentFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with regions, VPC ranges and availability zones. */
class RegionProblemsTest {

    private static final String ZONES = "availability_zones: [us-east-1a, us-east-1b, us-east-1c]";
    private static final String WEST = """
              - name: us-west-2
                vpc_cidr: %s
                availability_zones: [us-west-2a, us-west-2b, us-west-2c]
            state:
            """;

    @TempDir
    Path dir;

    @Test
    void should_report_an_unknown_region_and_suggest_the_closest() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("- name: us-east-1", "- name: us-east-3")), "qa.yaml",
                "regions[0].name", line("- name"), "\"us-east-3\" is not an AWS commercial region (did you mean \"us-east-1\"?); "
                        + "write a region code such as us-east-1 or eu-central-1");
    }

    @Test
    void should_report_a_region_listed_twice() {
        String text = qaWith("state:\n", WEST.formatted("10.61.0.0/16").replace("us-west-2", "us-east-1"));
        assertOnlyProblem(problemsOfQa(dir, text), "qa.yaml", "regions[1].name", 15,
                "region us-east-1 is listed twice (first as regions[0].name at line 12); each region may appear once "
                        + "per environment");
    }

    @Test
    void should_report_a_cidr_with_bad_syntax() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("vpc_cidr: 10.60.0.0/16", "vpc_cidr: 10.60.0/16")), "qa.yaml",
                "regions[0].vpc_cidr", line("vpc_cidr"), "\"10.60.0/16\" is not an IPv4 CIDR; write it as a.b.c.d/prefix, e.g. "
                        + "10.40.0.0/16");
    }

    @Test
    void should_report_a_cidr_with_host_bits_set() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("vpc_cidr: 10.60.0.0/16", "vpc_cidr: 10.60.1.0/16")), "qa.yaml",
                "regions[0].vpc_cidr", line("vpc_cidr"), "\"10.60.1.0/16\" has host bits set; the network of that block is "
                        + "10.60.0.0/16");
    }

    @Test
    void should_report_a_prefix_too_large_for_a_vpc() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("vpc_cidr: 10.60.0.0/16", "vpc_cidr: 10.48.0.0/12")), "qa.yaml",
                "regions[0].vpc_cidr", line("vpc_cidr"), "10.48.0.0/12 has prefix /12; use a prefix from /16 to /24 (AWS allows "
                        + "VPCs up to /16, and the network layer carves 3 private /+2 and 3 public /+4 subnets, which "
                        + "must not be smaller than /28)");
    }

    @Test
    void should_report_a_prefix_too_small_to_carve() {
        List<ConfigProblem> problems = problemsOfQa(dir, qaWith("vpc_cidr: 10.60.0.0/16", "vpc_cidr: 10.60.0.0/25"));
        assertThat(problems).singleElement().extracting(ConfigProblem::message).asString()
                .startsWith("10.60.0.0/25 has prefix /25; use a prefix from /16 to /24");
    }

    @Test
    void should_accept_the_smallest_and_largest_allowed_prefixes() {
        write(dir, "qa.yaml", qaWith("state:\n", WEST.formatted("192.168.7.0/24")));
        assertThat(EnvironmentFixtures.load(dir).get("qa").regions()).extracting(r -> r.vpcCidr().prefixLength())
                .containsExactly(16, 24);
    }

    @Test
    void should_report_a_public_address_range() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("vpc_cidr: 10.60.0.0/16", "vpc_cidr: 8.8.0.0/16")), "qa.yaml",
                "regions[0].vpc_cidr", line("vpc_cidr"), "8.8.0.0/16 is not a private address range; use a range inside "
                        + "10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918)");
    }

    @Test
    void should_report_overlapping_ranges_within_one_environment() {
        String text = qaWith("state:\n", WEST.formatted("10.60.128.0/17"));
        assertOnlyProblem(problemsOfQa(dir, text), "qa.yaml", "regions[1].vpc_cidr", 16,
                "10.60.128.0/17 overlaps 10.60.0.0/16 (" + dir.resolve("qa.yaml") + ":13, regions[0].vpc_cidr); every "
                        + "VPC needs its own range across all environments and regions, e.g. 10.0.0.0/17 is free");
    }

    @Test
    void should_report_overlapping_ranges_across_two_files_naming_both_places() {
        // GIVEN two valid files that picked the same range
        write(dir, "alpha.yaml", staging("alpha", "10.60.0.0/16"));
        write(dir, "beta.yaml", staging("beta", "10.60.0.0/16"));
        // WHEN
        List<ConfigProblem> problems = problems(dir);
        // THEN the later file is blamed and the earlier one named
        assertOnlyProblem(problems, "beta.yaml", "regions[0].vpc_cidr", 13,
                "10.60.0.0/16 overlaps 10.60.0.0/16 (" + dir.resolve("alpha.yaml") + ":13, regions[0].vpc_cidr); every "
                        + "VPC needs its own range across all environments and regions, e.g. 10.0.0.0/16 is free");
    }

    @Test
    void should_find_an_overlap_with_the_real_environments() {
        // GIVEN the real files plus qa.yaml reusing prod's us-west-2 range
        EnvironmentFixtures.copyRealEnvironments(dir);
        write(dir, "qa.yaml", staging("qa", "10.41.0.0/16"));
        // WHEN
        List<ConfigProblem> problems = problems(dir);
        // THEN
        int prodLine = lineContaining(dir.resolve("prod.yaml"), "vpc_cidr: 10.41.0.0/16");
        assertThat(problems).singleElement().extracting(ConfigProblem::message).asString()
                .startsWith("10.41.0.0/16 overlaps 10.41.0.0/16 (" + dir.resolve("prod.yaml") + ":" + prodLine
                        + ", regions[1].vpc_cidr)")
                .endsWith("e.g. 10.0.0.0/16 is free");
    }

    private static int lineContaining(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file);
            return 1 + lines.indexOf(lines.stream().filter(l -> l.contains(text)).findFirst().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void should_report_an_availability_zone_of_another_region() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(ZONES, "availability_zones: [us-east-1a, us-west-2b, us-east-1c]")),
                "qa.yaml", "regions[0].availability_zones[1]", line("availability_zones"), "\"us-west-2b\" is not an availability zone of "
                        + "us-east-1; its zones are the region name plus one letter, e.g. us-east-1a");
    }

    @Test
    void should_report_an_availability_zone_listed_twice() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(ZONES, "availability_zones: [us-east-1a, us-east-1b, us-east-1a]")),
                "qa.yaml", "regions[0].availability_zones[2]", line("availability_zones"), "availability zone us-east-1a is listed twice "
                        + "(first as regions[0].availability_zones[0]); list each zone once");
    }

    @Test
    void should_report_fewer_than_three_zones_for_staging() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(ZONES, "availability_zones: [us-east-1a, us-east-1b]")),
                "qa.yaml", "regions[0].availability_zones", line("availability_zones"), "has 2 availability zones [us-east-1a, us-east-1b]; "
                        + "a staging environment needs 3, so it survives the loss of one AZ (Multi-AZ database, cache "
                        + "replicas in each AZ)");
    }

    @Test
    void should_accept_two_zones_for_development_but_not_one() {
        String dev = staging("qa", "10.60.0.0/16").replace("tier: staging", "tier: development")
                .replace("instances: 2", "instances: 1").replace("replicas_per_shard: 1", "replicas_per_shard: 0");
        write(dir, "qa.yaml", dev.replace(ZONES, "availability_zones: [us-east-1a, us-east-1b]"));
        assertThat(EnvironmentFixtures.load(dir).get("qa").regions().get(0).availabilityZones()).hasSize(2);

        write(dir, "qa.yaml", dev.replace(ZONES, "availability_zones: [us-east-1a]"));
        assertOnlyProblem(problems(dir), "qa.yaml", "regions[0].availability_zones", 14,
                "has 1 availability zone [us-east-1a]; list 2 or 3, since EKS needs subnets in at least two AZs");
    }

    @Test
    void should_report_more_zones_than_the_address_plan_has_room_for() {
        List<ConfigProblem> problems = problemsOfQa(dir,
                qaWith(ZONES, "availability_zones: [us-east-1a, us-east-1b, us-east-1c, us-east-1d]"));
        assertOnlyProblem(problems, "qa.yaml", "regions[0].availability_zones", line("availability_zones"), "has 4 availability zones "
                + "[us-east-1a, us-east-1b, us-east-1c, us-east-1d]; list at most 3, since the network layer carves one "
                + "private and one public subnet for each of 3 AZs");
    }

    @Test
    void should_report_an_empty_region_list() {
        String text = qaWith("""
                  - name: us-east-1
                    vpc_cidr: 10.60.0.0/16
                    availability_zones: [us-east-1a, us-east-1b, us-east-1c]
                """, "").replace("regions:", "regions: []");
        List<ConfigProblem> problems = problemsOfQa(dir, text);
        assertThat(problems).singleElement().satisfies(p -> assertProblem(p, "qa.yaml", "regions", 11,
                "the list is empty; list at least one region, e.g. { name: us-east-1, vpc_cidr: 10.50.0.0/16, "
                        + "availability_zones: [us-east-1a, us-east-1b, us-east-1c] }"));
    }

    @Test
    void should_report_problems_in_every_region_entry() {
        // GIVEN a second region with an unknown name and a bad range, and a typo in the first one's keys
        String text = qaWith("state:\n", WEST.formatted("10.61.0.0/33").replace("us-west-2", "eu-centrl-1"))
                .replace("vpc_cidr: 10.60.0.0/16", "vpc_cdr: 10.60.0.0/16");
        // WHEN
        List<ConfigProblem> problems = problemsOfQa(dir, text);
        // THEN
        assertThat(problems).extracting(ConfigProblem::keyPath, ConfigProblem::line).containsExactly(
                tuple("regions[0].vpc_cidr", 12),
                tuple("regions[0].vpc_cdr", 13),
                tuple("regions[1].name", 15),
                tuple("regions[1].vpc_cidr", 16));
        assertThat(problems.get(0).message()).isEqualTo("missing required key \"vpc_cidr\" under \"regions[0]\"");
        assertThat(problems.get(1).message()).startsWith("unknown key \"vpc_cdr\" (did you mean \"vpc_cidr\"?)");
        assertThat(problems.get(2).message()).contains("did you mean \"eu-central-1\"?");
    }
}
