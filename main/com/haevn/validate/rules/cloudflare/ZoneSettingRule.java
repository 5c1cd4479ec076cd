package com.haevn.validate.rules.cloudflare;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;
import java.util.Optional;

/** A zone rule answered by one setting of the zone's {@code cloudflare_zone_settings_override}. */
abstract class ZoneSettingRule extends ZoneRule {

    /** The setting inside the {@code settings} block, e.g. {@code ssl}. */
    protected abstract String setting();

    /** Whether a known value complies. */
    protected abstract boolean accepts(String value);

    /** What the zone has when the setting is not managed (Cloudflare's default). */
    protected abstract String defaultValue();

    @Override
    protected Optional<Finding> check(String zone, Resource anchor, Zones zones, RuleContext context) {
        boolean[] undetermined = {false};
        List<Resource> overrides = zones.inZone(zone, "cloudflare_zone_settings_override", undetermined);
        for (Resource override : overrides) {
            Attr value = override.attr("settings." + setting());
            if (value.isUnknown() || value.text().filter(this::accepts).isPresent()) {
                return Optional.empty();
            }
            if (value.isSet()) {
                return Optional.of(context.finding(info(), override, value, override.address() + " sets "
                        + setting() + " " + value.display() + " for " + describe(zone)));
            }
        }
        if (undetermined[0]) {
            return Optional.empty();
        }
        if (overrides.isEmpty()) {
            return Optional.of(context.finding(info(), anchor, "no cloudflare_zone_settings_override manages "
                    + setting() + " for " + describe(zone) + " (Cloudflare default: " + defaultValue() + ")"));
        }
        Resource override = overrides.get(0);
        return Optional.of(context.finding(info(), override, override.attr("settings"), override.address()
                + " does not set " + setting() + " for " + describe(zone) + " (Cloudflare default: "
                + defaultValue() + ")"));
    }
}
