package com.haevn.modules.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @Test
    void should_parse_and_print_a_network() {
        // WHEN
        Cidr cidr = Cidr.parse("10.40.0.0/16");
        // THEN
        assertThat(cidr.prefixLength()).isEqualTo(16);
        assertThat(cidr).hasToString("10.40.0.0/16").isEqualTo(Cidr.parse("10.40.0.0/16"));
        assertThat(cidr.hashCode()).isEqualTo(Cidr.parse("10.40.0.0/16").hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.40.0/16", "10.40.0.0", "10.40.0.0/", "a.b.c.d/16", "10.40.0.0/16 ", "", "10.256.0.0/16",
            "10.40.0.0/33", "010.40.0.0/16", "10.40.0.0/016"})
    void should_reject_text_that_is_not_a_cidr(String text) {
        assertThatThrownBy(() -> Cidr.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void should_reject_host_bits_and_name_the_network() {
        assertThatThrownBy(() -> Cidr.parse("10.40.1.0/16"))
                .hasMessage("\"10.40.1.0/16\" has host bits set; the network of that block is 10.40.0.0/16");
    }

    @ParameterizedTest
    @CsvSource({
            "10.40.0.0/16, 2, 0, 10.40.0.0/18",
            "10.40.0.0/16, 2, 1, 10.40.64.0/18",
            "10.40.0.0/16, 2, 3, 10.40.192.0/18",
            "10.40.0.0/16, 4, 12, 10.40.192.0/20",
            "10.40.0.0/16, 4, 15, 10.40.240.0/20",
            "10.0.0.0/8, 8, 41, 10.41.0.0/16",
            "192.168.0.0/24, 8, 255, 192.168.0.255/32",
            "10.40.0.0/16, 0, 0, 10.40.0.0/16"})
    void should_carve_subnets_like_terraform_cidrsubnet(String base, int newBits, int index, String expected) {
        assertThat(Cidr.parse(base).subnet(newBits, index)).isEqualTo(Cidr.parse(expected));
    }

    @Test
    void should_reject_subnets_that_do_not_fit() {
        Cidr vpc = Cidr.parse("10.40.0.0/16");
        assertThatThrownBy(() -> vpc.subnet(2, 4)).hasMessageContaining("use 0 to 3");
        assertThatThrownBy(() -> vpc.subnet(17, 0)).hasMessageContaining("/32");
        assertThatThrownBy(() -> vpc.subnet(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_tell_containment_and_overlap_both_ways() {
        Cidr vpc = Cidr.parse("10.40.0.0/16");
        Cidr inside = Cidr.parse("10.40.128.0/17");
        Cidr neighbour = Cidr.parse("10.41.0.0/16");
        Cidr wider = Cidr.parse("10.0.0.0/8");

        assertThat(vpc.contains(inside)).isTrue();
        assertThat(inside.contains(vpc)).isFalse();
        assertThat(vpc.contains(vpc)).isTrue();
        assertThat(vpc.overlaps(inside)).isTrue();
        assertThat(inside.overlaps(vpc)).isTrue();
        assertThat(wider.overlaps(vpc)).isTrue();
        assertThat(vpc.overlaps(wider)).isTrue();
        assertThat(vpc.overlaps(neighbour)).isFalse();
        assertThat(neighbour.overlaps(vpc)).isFalse();
        assertThat(vpc.contains(neighbour)).isFalse();
    }

    @Test
    void should_keep_the_carved_subnets_of_one_vpc_apart() {
        // GIVEN the network layer's plan: 3 private /+2 subnets, 3 public /+4 subnets in the last quarter
        Cidr vpc = Cidr.parse("10.40.0.0/16");
        Cidr[] subnets = {vpc.subnet(2, 0), vpc.subnet(2, 1), vpc.subnet(2, 2),
                vpc.subnet(4, 12), vpc.subnet(4, 13), vpc.subnet(4, 14)};
        // THEN none overlaps another and all lie in the VPC
        for (int i = 0; i < subnets.length; i++) {
            assertThat(vpc.contains(subnets[i])).isTrue();
            for (int j = i + 1; j < subnets.length; j++) {
                assertThat(subnets[i].overlaps(subnets[j])).as(subnets[i] + " vs " + subnets[j]).isFalse();
            }
        }
    }
}
