package com.haevn.modules.zone;

import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.MapTerraformIterator;
import com.hashicorp.cdktf.TerraformIterator;
import com.hashicorp.cdktf.Token;
import com.hashicorp.cdktf.providers.cloudflare.record.Record;
import com.hashicorp.cdktf.providers.cloudflare.ruleset.Ruleset;
import com.hashicorp.cdktf.providers.cloudflare.ruleset.RulesetRules;
import com.hashicorp.cdktf.providers.cloudflare.zone_settings_override.ZoneSettingsOverride;
import com.hashicorp.cdktf.providers.cloudflare.zone_settings_override.ZoneSettingsOverrideSettings;
import com.hashicorp.cdktf.providers.cloudflare.zone_settings_override.ZoneSettingsOverrideSettingsSecurityHeader;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The configuration of the one zone every environment shares: its TLS settings (SSL strict, TLS 1.2 minimum,
 * TLS 1.3, always HTTPS, automatic HTTPS rewrites, HSTS), the entrypoint ruleset of each phase the platform uses,
 * holding the rules of every host scope ({@link EdgeRules}), and one DNS-only record per distinct ACM validation
 * record name.
 */
public final class EdgeZone extends Construct {

    private final ZoneSettingsOverride settings;
    private final Map<String, Ruleset> rulesets;
    private final Optional<Record> validationRecords;

    public EdgeZone(Construct scope, String id, EdgeZoneProps props) {
        super(scope, id);
        settings = ZoneSettingsOverride.Builder.create(this, "settings")
                .zoneId(props.zoneId())
                .settings(ZoneSettingsOverrideSettings.builder()
                        .ssl("strict")
                        .minTlsVersion("1.2")
                        .tls13("on")
                        .alwaysUseHttps("on")
                        .automaticHttpsRewrites("on")
                        .securityHeader(ZoneSettingsOverrideSettingsSecurityHeader.builder()
                                .enabled(true)
                                .maxAge(props.hstsMaxAgeSeconds())
                                .includeSubdomains(true)
                                .preload(false)
                                .nosniff(true)
                                .build())
                        .build())
                .build();
        EdgeRules rules = new EdgeRules(props.scopes(), props.limits());
        Map<String, List<RulesetRules>> phases = new LinkedHashMap<>();
        phases.put(EdgeRules.MANAGED_PHASE, rules.managedWaf());
        phases.put(EdgeRules.CUSTOM_PHASE, rules.custom());
        phases.put(EdgeRules.RATE_LIMIT_PHASE, rules.rateLimits());
        phases.put(EdgeRules.CACHE_PHASE, rules.cache());
        phases.put(EdgeRules.TRANSFORM_PHASE, rules.originHeader());
        rulesets = new LinkedHashMap<>();
        phases.forEach((phase, phaseRules) -> {
            if (!phaseRules.isEmpty()) {
                rulesets.put(phase, Ruleset.Builder.create(this, phase.replace('_', '-'))
                        .zoneId(props.zoneId())
                        .kind("zone")
                        .phase(phase)
                        .name("haevn " + phase)
                        .description("Entrypoint of " + phase + " for every environment's hosts")
                        .rules(phaseRules)
                        .build());
            }
        });
        validationRecords = props.validationRecords().isEmpty() ? Optional.empty()
                : Optional.of(validationRecords(props.zoneId(), props.validationRecords()));
    }

    /** One record per distinct name: Terraform keys the records by name, so duplicates collapse (zipmap). */
    private Record validationRecords(String zoneId, List<ValidationRecords> certificates) {
        List<String> names = concat(certificates, ValidationRecords::names);
        Object types = Fn.zipmap(names, Fn.concat(lists(certificates, ValidationRecords::types)));
        Object values = Fn.zipmap(names, Fn.concat(lists(certificates, ValidationRecords::values)));
        MapTerraformIterator byName = TerraformIterator.fromMap(Token.asStringMap(values));
        return Record.Builder.create(this, "acm-validation")
                .forEach(byName)
                .zoneId(zoneId)
                .name(Fn.trimsuffix(byName.getKey(), "."))
                .type(Token.asString(Fn.lookup(types, byName.getKey())))
                .value(Fn.trimsuffix(Token.asString(byName.getValue()), "."))
                .proxied(false)
                .ttl(300)
                .comment("ACM DNS validation")
                .build();
    }

    private static List<String> concat(List<ValidationRecords> certificates,
                                       Function<ValidationRecords, List<String>> component) {
        return Token.asList(Fn.concat(lists(certificates, component)));
    }

    private static List<Object> lists(List<ValidationRecords> certificates,
                                      Function<ValidationRecords, List<String>> component) {
        List<Object> lists = new ArrayList<>();
        certificates.forEach(certificate -> lists.add(component.apply(certificate)));
        return lists;
    }

    public ZoneSettingsOverride settings() {
        return settings;
    }

    /** The entrypoint ruleset of each phase that has rules, by phase name. */
    public Map<String, Ruleset> rulesets() {
        return Map.copyOf(rulesets);
    }

    /** The validation records (one resource iterating over the distinct names); none without certificates. */
    public Optional<Record> validationRecords() {
        return validationRecords;
    }
}
