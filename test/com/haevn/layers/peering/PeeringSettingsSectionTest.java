package com.haevn.layers.peering;

import com.haevn.modules.peering.PeeredPort;
import com.haevn.testing.EnvironmentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static com.haevn.testing.EnvironmentFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code peering} section: the node ports each region opens to the others. */
class PeeringSettingsSectionTest {

    private static final String PORTS = "    - { port: 8080, purpose: \"service-to-service HTTP\" }";

    @TempDir
    Path dir;

    @Test
    void should_read_the_ports_with_their_purpose() {
        write(dir, "qa.yaml", qaWith(PORTS, PORTS + "\n    - { port: 9090, purpose: \"metrics scrape\" }"));

        assertThat(EnvironmentFixtures.load(dir).get("qa").settings(PeeringLayer.SETTINGS).nodePorts()).containsExactly(
                new PeeredPort(8080, "service-to-service HTTP"), new PeeredPort(9090, "metrics scrape"));
    }

    @Test
    void should_report_a_number_that_is_no_tcp_port() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("port: 8080,", "port: 80800,")), "qa.yaml",
                "peering.node_ports[0].port", line("node_ports") + 1, "80800 is not a TCP port; use 1 to 65535");
    }

    @Test
    void should_report_a_port_listed_twice_naming_the_first() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(PORTS, PORTS + "\n    - { port: 8080, purpose: \"again\" }")),
                "qa.yaml", "peering.node_ports[1].port", line("node_ports") + 2,
                "port 8080 is listed twice (first as node_ports[0]); list each port once");
    }

    @Test
    void should_ask_what_crosses_the_regions_on_a_port() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("purpose: \"service-to-service HTTP\"", "purpose: \" \"")),
                "qa.yaml", "peering.node_ports[0].purpose", line("node_ports") + 1, "say what crosses the regions on "
                        + "this port, e.g. \"service-to-service HTTP\": it becomes the security group rule's "
                        + "description");
    }
}
