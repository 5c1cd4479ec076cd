package com.haevn.modules.network;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Cidr laws that must hold for every network, not just the examples. */
class CidrPropertiesTest {

    private static Cidr network(int address, int prefix) {
        long masked = Integer.toUnsignedLong(address) & (prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL);
        return Cidr.parse((masked >>> 24) + "." + ((masked >>> 16) & 0xFF) + "." + ((masked >>> 8) & 0xFF) + "."
                + (masked & 0xFF) + "/" + prefix);
    }

    @Property
    void should_print_what_it_parses(@ForAll int address, @ForAll @IntRange(min = 0, max = 32) int prefix) {
        Cidr cidr = network(address, prefix);
        assertThat(Cidr.parse(cidr.toString())).isEqualTo(cidr);
    }

    @Property
    void should_carve_subnets_inside_the_network_and_apart_from_each_other(
            @ForAll int address, @ForAll @IntRange(min = 8, max = 28) int prefix,
            @ForAll @IntRange(min = 1, max = 4) int newBits,
            @ForAll @IntRange(min = 0, max = 15) int first, @ForAll @IntRange(min = 0, max = 15) int second) {
        Assume.that(first < (1 << newBits) && second < (1 << newBits));
        Cidr base = network(address, prefix);
        Cidr a = base.subnet(newBits, first);
        Cidr b = base.subnet(newBits, second);
        assertThat(base.contains(a)).isTrue();
        assertThat(a.prefixLength()).isEqualTo(prefix + newBits);
        assertThat(a.overlaps(b)).isEqualTo(first == second);
    }

    @Property
    void should_overlap_symmetrically(@ForAll int x, @ForAll @IntRange(min = 0, max = 32) int px,
                                      @ForAll int y, @ForAll @IntRange(min = 0, max = 32) int py) {
        Cidr a = network(x, px);
        Cidr b = network(y, py);
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a)).isEqualTo(a.contains(b) || b.contains(a));
    }
}
