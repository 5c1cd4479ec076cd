package com.haevn.validate.rules.cloudflare;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleInfo;

/** HVN-CF-002: zones accept TLS 1.2 or newer only. */
public final class MinimumTlsVersionRule extends ZoneSettingRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-CF-002", Severity.ERROR,
            "Cloudflare zones require TLS 1.2 or newer (min_tls_version)",
            "Cloudflare accepts TLS 1.0 by default; TLS 1.0 and 1.1 are deprecated and fail compliance scans.",
            "Set settings { min_tls_version = \"1.2\" } in the zone's cloudflare_zone_settings_override.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected String setting() {
        return "min_tls_version";
    }

    @Override
    protected boolean accepts(String value) {
        return "1.2".equals(value) || "1.3".equals(value);
    }

    @Override
    protected String defaultValue() {
        return "1.0";
    }
}
