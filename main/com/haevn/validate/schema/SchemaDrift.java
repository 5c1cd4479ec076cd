package com.haevn.validate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.config.TerraformConfig;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.suggest.DidYouMean;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a schema problem of one document into a finding that names the schema that judged it, telling a name
 * unknown to the version in use (an error) from a name unknown to the bundled schema only.
 *
 * <p>A resource type, data source type, argument or attribute unknown to the bundled AWS 5.23.1 schema, in a
 * document whose version constraint admits newer versions (or that has none, so terraform takes the newest), is a
 * warning "unknown in 5.23.1": a newer version may have it. It stays an error when the name is a near miss of a
 * known one (a typo: {@link DidYouMean} finds it) or when the constraint admits no newer version.
 */
public final class SchemaDrift {

    private final ProviderSchemas schemas;
    private final LoadedDocument document;
    private final Set<RuleInfo> unknownNameRules;
    /** Provider local name to its version constraint, from the document's required_providers. */
    private final Map<String, String> constraints = new HashMap<>();

    /** @param unknownNameRules the rules whose findings are about a name the schema does not know */
    public SchemaDrift(ProviderSchemas schemas, LoadedDocument document, Set<RuleInfo> unknownNameRules) {
        this.schemas = schemas;
        this.document = document;
        this.unknownNameRules = Set.copyOf(unknownNameRules);
        for (JsonNode terraform : TerraformConfig.bodies(document.root().get("terraform"))) {
            for (JsonNode required : TerraformConfig.bodies(terraform.get("required_providers"))) {
                required.fields().forEachRemaining(entry -> {
                    JsonNode version = entry.getValue().path("version");
                    if (version.isTextual()) {
                        constraints.put(entry.getKey(), version.asText());
                    }
                });
            }
        }
    }

    /** How the constraint reads in a message, when it admits a version newer than the bundled one. */
    private Optional<String> admitsNewer(String provider) {
        if (!provider.equals("aws") || !schemas.bundled(provider)) {
            return Optional.empty();
        }
        String constraint = constraints.get(provider);
        if (constraint == null) {
            return Optional.of("(none: terraform takes the newest)");
        }
        boolean newer = VersionConstraint.parse(constraint)
                .map(c -> c.admitsNewerThan(ProviderSchemas.BUNDLED_AWS_VERSION)).orElse(true);
        return newer ? Optional.of("\"" + constraint + "\"") : Optional.empty();
    }

    /**
     * The finding for a schema problem.
     *
     * @param name  the unknown name (for the typo test), or "" for other problems
     * @param known the names the schema knows there
     */
    public Finding finding(RuleInfo rule, String pointer, String address, String provider, String name,
                           Set<String> known, String message) {
        Optional<String> newer = !unknownNameRules.contains(rule) || DidYouMean.closest(name, known).isPresent()
                ? Optional.empty() : admitsNewer(provider);
        if (newer.isPresent()) {
            String version = ProviderSchemas.BUNDLED_AWS_VERSION;
            return rule.lowered(Severity.WARNING, document.locations().locate(pointer), address,
                    message.replace("the aws provider has no", "AWS provider " + version + " has no")
                            .replaceFirst("\\.$", "") + " (unknown in " + version + ", the bundled schema; the version"
                            + " constraint " + newer.get() + " admits newer versions, which may have it)",
                    "Give the schema of the version in use (--provider-schema FILE, written by `terraform providers"
                            + " schema -json`) to decide, or correct the name.");
        }
        return rule.finding(document.locations().locate(pointer), address,
                message + " (schema: " + schemas.origin(provider) + ")");
    }
}
