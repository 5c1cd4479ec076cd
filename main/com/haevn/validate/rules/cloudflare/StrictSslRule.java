package com.haevn.validate.rules.cloudflare;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleInfo;

/** HVN-CF-001: zones use SSL mode strict (Full, strict: the origin certificate is validated). */
public final class StrictSslRule extends ZoneSettingRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-CF-001", Severity.ERROR,
            "Cloudflare zones use SSL mode \"strict\"",
            "In flexible or full mode Cloudflare talks to the ALB without (or without validating) TLS, so the "
                    + "edge-to-origin leg can be read or impersonated.",
            "Add a cloudflare_zone_settings_override for the zone with settings { ssl = \"strict\" }.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected String setting() {
        return "ssl";
    }

    @Override
    protected boolean accepts(String value) {
        return "strict".equals(value);
    }

    @Override
    protected String defaultValue() {
        return "flexible or full, not strict";
    }
}
