package com.haevn.environment;

import com.haevn.modules.network.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds VPC ranges that overlap anywhere across all environments and regions: overlapping VPCs cannot be
 * peered or joined through a transit gateway later. Each overlapping pair is reported once, at the later of
 * the two, naming the earlier one and a free range of the same size.
 */
final class VpcCidrOverlaps {

    /** A VPC range and the file it is in. */
    record Placed(String file, Located<Cidr> cidr) {
    }

    private VpcCidrOverlaps() {
    }

    /** @param ranges every valid VPC range, in file order then region order */
    static List<ConfigProblem> find(List<Placed> ranges) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<Cidr> taken = ranges.stream().map(p -> p.cidr().value()).toList();
        for (int later = 0; later < ranges.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                Placed a = ranges.get(earlier);
                Placed b = ranges.get(later);
                if (a.cidr().value().overlaps(b.cidr().value())) {
                    problems.add(new ConfigProblem(b.file(), b.cidr().keyPath(), b.cidr().line(),
                            b.cidr().value() + " overlaps " + a.cidr().value() + " (" + a.file() + ":" + a.cidr().line()
                                    + ", " + a.cidr().keyPath() + "); every VPC needs its own range across all "
                                    + "environments and regions" + freeRange(b.cidr().value(), taken)));
                }
            }
        }
        return problems;
    }

    private static String freeRange(Cidr wanted, List<Cidr> taken) {
        return firstFree(wanted, taken).map(free -> ", e.g. " + free + " is free").orElse("");
    }

    /** The first block of the wanted size in the same private range that overlaps nothing taken. */
    static Optional<Cidr> firstFree(Cidr wanted, List<Cidr> taken) {
        Optional<Cidr> range = RegionsReader.PRIVATE_RANGES.stream().filter(r -> r.contains(wanted)).findFirst();
        if (range.isEmpty()) {
            return Optional.empty();
        }
        int newBits = wanted.prefixLength() - range.get().prefixLength();
        for (int i = 0; i < 1 << newBits; i++) {
            Cidr candidate = range.get().subnet(newBits, i);
            if (taken.stream().noneMatch(candidate::overlaps)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
