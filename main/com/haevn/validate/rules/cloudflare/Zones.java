package com.haevn.validate.rules.cloudflare;

import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.DocumentIndex;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Cloudflare zones an input configures and the zone-level resources of each. A zone is a {@code cloudflare_zone}
 * resource, or a zone named by the {@code zone_id} of its settings or rulesets ({@link #CONFIGURATION_TYPES}): a
 * reference to a zone resource or data source, a literal id, or the same variable expression. An input holding only
 * records or load balancers in a zone configured elsewhere (an environment's traffic stack beside the platform's
 * zone stack) configures no zone: the zone rules judge the input that does, the record rules judge the records.
 */
final class Zones {

    /** The resource types that configure a zone (its settings and its entrypoint rulesets). */
    static final Set<String> CONFIGURATION_TYPES = Set.of("cloudflare_zone_settings_override", "cloudflare_ruleset");

    /** Resources whose zone cannot be told before apply: they might belong to any zone. */
    static final String UNKNOWN = "";

    private final DocumentIndex index;
    private final Map<String, Resource> zones = new LinkedHashMap<>();

    private Zones(DocumentIndex index) {
        this.index = index;
    }

    static Zones of(DocumentIndex index) {
        Zones result = new Zones(index);
        for (Resource zone : index.resources("cloudflare_zone")) {
            result.zones.put(zone.configAddress(), zone);
        }
        for (Resource resource : index.all()) {
            if (!resource.isData() && CONFIGURATION_TYPES.contains(resource.type())) {
                result.zoneOf(resource).filter(key -> !key.equals(UNKNOWN))
                        .ifPresent(key -> result.zones.putIfAbsent(key, resource));
            }
        }
        return result;
    }

    /** Zone keys, each with the resource a finding about the zone points at. */
    Map<String, Resource> all() {
        return zones;
    }

    /** Zone-level resources of {@code type} in {@code zone}, with whether some others might be (zone unknown). */
    List<Resource> inZone(String zone, String type, boolean[] undetermined) {
        List<Resource> result = new ArrayList<>();
        for (Resource resource : index.resources(type)) {
            Optional<String> key = zoneOf(resource);
            if (key.isEmpty()) {
                continue;
            }
            if (key.get().equals(zone)) {
                result.add(resource);
            } else if (key.get().equals(UNKNOWN)) {
                undetermined[0] = true;
            }
        }
        return result;
    }

    /** The zone key of a zone-level resource; empty for account-level ones (no zone_id). */
    Optional<String> zoneOf(Resource resource) {
        Attr zoneId = resource.attr("zone_id");
        if (zoneId.isAbsent()) {
            return Optional.empty();
        }
        if (zoneId.isKnown()) {
            for (Resource zone : index.resources("cloudflare_zone")) {
                if (zone.attr("id").text().filter(zoneId.text().orElse("")::equals).isPresent()) {
                    return Optional.of(zone.configAddress());
                }
            }
            return zoneId.text();
        }
        for (String reference : index.referencedAddresses(resource, "zone_id")) {
            if (reference.startsWith("cloudflare_zone.") || reference.startsWith("data.cloudflare_zone.")) {
                return Optional.of(resource.modulePath() + reference);
            }
        }
        // the same variable names the same zone; a plan's unknown value without references names none we know
        return Optional.of(zoneId.expression().map(String::trim).orElse(UNKNOWN));
    }
}
