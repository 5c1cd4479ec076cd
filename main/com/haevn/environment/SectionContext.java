package com.haevn.environment;

import java.util.List;
import java.util.Optional;

/**
 * What a layer's section may depend on besides its own keys: the environment's tier and regions, each as far as
 * they could be read (a section does not repeat problems the core keys already reported).
 *
 * @param tier    the tier, when it is valid
 * @param regions the regions in file order, primary first, when every region is valid; otherwise empty
 */
public record SectionContext(Optional<Tier> tier, List<AwsRegion> regions) {

    public SectionContext {
        regions = List.copyOf(regions);
    }
}
