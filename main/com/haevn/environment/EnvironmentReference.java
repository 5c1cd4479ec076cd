package com.haevn.environment;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders {@code environments/README.md}: the keys every environment file has, from the core keys documented here
 * and each layer's {@link SettingsSection#documentation()}. A test keeps the committed file equal to this rendering.
 */
public final class EnvironmentReference {

    /** The rows of the keys that are not a layer's. */
    static final List<SettingDoc> CORE = List.of(
            new SettingDoc("name", "text", "equals the file name without `.yaml`; `[a-z][a-z0-9-]*`, at most "
                    + EnvironmentFileReader.MAX_NAME_LENGTH + " characters (the longest state bucket name must fit"
                    + " S3's 63)"),
            new SettingDoc("tier", "text", "`development`, `staging` or `production`"),
            new SettingDoc("account_id", "quoted text", "exactly 12 digits, quoted so leading zeros survive"),
            new SettingDoc("cost_allocation.cost_center`, `.owner", "text",
                    "valid AWS tag values; tagged on every resource"),
            new SettingDoc("dns.zone", "text", "the Cloudflare zone serving every environment (one zone: a zone per "
                    + "environment would need Cloudflare's subdomain support); lowercase DNS name without trailing dot"),
            new SettingDoc("dns.zone_id", "quoted text", "Cloudflare's id of that zone, 32 lowercase hex digits"),
            new SettingDoc("dns.plan", "text", "the zone's Cloudflare plan: `free`, `pro`, `business` or `enterprise` "
                    + "(bounds the edge's features and rule counts)"),
            new SettingDoc("regions[]", "list", "at least one; each region once; the first is the state layer's home "
                    + "(docs/state.md)"),
            new SettingDoc("regions[].name", "text", "an AWS commercial region, e.g. `eu-central-1`"),
            new SettingDoc("regions[].vpc_cidr", "text", "private (RFC 1918) IPv4 CIDR, /16 to /24, no host bits, "
                    + "overlapping no other VPC of any environment"),
            new SettingDoc("regions[].availability_zones", "list", "zones of that region (region name + one letter), "
                    + "no repeats; 2-3 zones, exactly 3 for staging and production"),
            new SettingDoc("primary_region", "text", "optional, one of `regions`, default the first: where the "
                    + "global stacks run and the writers live; switching it is the last step of "
                    + "docs/runbook-region-switch.md"),
            new SettingDoc("recovery_targets.core_db`, `.object_storage`, `.redis", "mapping",
                    "`rpo_seconds` and `rto_minutes`, both positive; the validator's DR check applies them to the "
                    + "environment's stacks"));

    private EnvironmentReference() {
    }

    public static String render(List<SettingsSection<?>> sections) {
        List<SettingDoc> rows = new ArrayList<>(CORE);
        for (SettingsSection<?> section : sections) {
            for (SettingDoc doc : section.documentation()) {
                rows.add(new SettingDoc(section.key() + "." + doc.key(), doc.type(), doc.rule()));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("""
                # Environments

                One `<name>.yaml` per environment. The files are data only: adding an environment or a region is a change
                here and nowhere else. They are read by `com.haevn.environment.EnvironmentLoader`, which checks every file
                and reports every problem at once as `file:line: key.path: message`.

                Every key is required; unknown keys are refused (with a did-you-mean hint). The keys above the layers'
                sections are the environment's own; each layer reads one section, named after it (its
                `SettingsSection` in `main/com/haevn/layers/<layer>/`).

                This file is generated from those declarations: `EnvironmentReferenceTest` fails when it differs from
                them; run that test with `-Dhaevn.updateEnvironmentDoc=true` to rewrite it.

                | key | type | rule |
                |---|---|---|
                """);
        for (SettingDoc row : rows) {
            out.append("| `").append(row.key()).append("` | ").append(row.type()).append(" | ")
                    .append(row.rule().replace("|", "\\|")).append(" |\n");
        }
        out.append("""

                Derived names: state bucket `haevn-<name>-tfstate-<account_id>` in the primary region and
                `haevn-<name>-tfstate-<account_id>-<region short>` in each other, lock table `haevn-<name>-tfstate-lock`
                in every region, state key `<stack name>/terraform.tfstate` (docs/state.md); stack names use each
                region's short code (`us-east-1` -> `use1`).

                To add the seed's EU region to prod, append to its `regions` list:

                ```yaml
                  - name: eu-central-1
                    vpc_cidr: 10.42.0.0/16
                    availability_zones: [eu-central-1a, eu-central-1b, eu-central-1c]
                ```
                """);
        return out.toString();
    }
}
