package com.haevn.layers.frontdoor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;

/** What the {@code frontdoor} section refuses, and how it says so. */
class FrontdoorSettingsSectionTest {

    @TempDir
    Path dir;

    @Test
    void should_refuse_an_ipv4_block_with_host_bits_set() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("103.21.244.0/22", "103.21.244.1/22")), "qa.yaml",
                "frontdoor.origin_ranges.ipv4[1]", line("ipv4"),
                "\"103.21.244.1/22\" has host bits set; the network of that block is 103.21.244.0/22");
    }

    @Test
    void should_refuse_the_whole_internet() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("\"2400:cb00::/32\"", "\"::/0\"")), "qa.yaml",
                "frontdoor.origin_ranges.ipv6[0]", line("ipv6"),
                "\"::/0\" is the whole IPv6 internet; list only the origin's ranges");
    }

    @Test
    void should_refuse_an_ipv4_block_in_the_ipv6_list() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("\"2400:cb00::/32\"", "\"103.21.244.0/22\"")), "qa.yaml",
                "frontdoor.origin_ranges.ipv6[0]", line("ipv6"),
                "\"103.21.244.0/22\" is not an IPv6 CIDR; write it as address/prefix, e.g. 2606:4700::/32");
    }

    @Test
    void should_refuse_a_block_listed_twice() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("103.21.244.0/22", "173.245.48.0/20")), "qa.yaml",
                "frontdoor.origin_ranges.ipv4[1]", line("ipv4"), "\"173.245.48.0/20\" is listed twice; list each block once");
    }

    @Test
    void should_refuse_weights_that_do_not_sum_to_100() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("{ blue: 100, green: 0 }", "{ blue: 90, green: 0 }")), "qa.yaml",
                "frontdoor.initial_weights.green", line("initial_weights"), "blue 90 and green 0 sum to 90; the weights "
                        + "are percentages of the traffic and must sum to 100, e.g. blue: 100, green: 0");
    }

    @Test
    void should_refuse_a_port_outside_tcps_range() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("target_port: 8080", "target_port: 0")), "qa.yaml",
                "frontdoor.target_port", line("target_port"), "0 is not a TCP port here; use 1 to 65535");
    }

    @Test
    void should_refuse_a_header_the_alb_or_clients_set() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("origin_header: X-Haevn-Origin-Verify", "origin_header: Host")),
                "qa.yaml", "frontdoor.origin_header", line("origin_header"), "\"Host\" is a header clients or the ALB "
                        + "set themselves; use a header of the platform's own, e.g. X-Haevn-Origin-Verify");
    }

    @Test
    void should_refuse_a_5xx_threshold_that_is_not_a_percentage() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("target_5xx_percent: 5", "target_5xx_percent: 0")), "qa.yaml",
                "frontdoor.alarms.target_5xx_percent", line("alarms"),
                "0 is not a share of requests in percent; use a number above 0 and at most 100, e.g. 5");
    }

    @Test
    void should_refuse_a_health_check_path_that_is_not_absolute() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("health_check_path: /healthz", "health_check_path: healthz")),
                "qa.yaml", "frontdoor.health_check_path", line("health_check_path"), "\"healthz\" is not a health check "
                        + "path; write an absolute path without spaces of at most 1024 characters, e.g. /healthz");
    }
}
