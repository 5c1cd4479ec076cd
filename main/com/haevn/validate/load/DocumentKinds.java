package com.haevn.validate.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.core.DocumentKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Tells plan JSON from Terraform JSON configuration by its top-level keys. */
public final class DocumentKinds {

    private DocumentKinds() {
    }

    /** Plan JSON ({@code terraform show -json}) has "format_version" and "planned_values" or "resource_changes". */
    public static boolean looksLikePlan(JsonNode root) {
        return root != null && root.isObject() && root.has("format_version")
                && (root.has("planned_values") || root.has("resource_changes"));
    }

    /** The top-level keys of Terraform JSON. */
    private static final Set<String> TERRAFORM_KEYS = Set.of("terraform", "provider", "variable", "locals", "output",
            "module", "resource", "data", "moved", "import", "check", "removed", "//");

    /**
     * What a JSON document that is neither Terraform JSON nor plan JSON looks like ("a Terraform state file"), or
     * empty when it is one of them (or plausibly Terraform JSON with some wrong blocks, which the structure check
     * names one by one).
     */
    public static Optional<String> foreign(JsonNode root) {
        if (root == null || !root.isObject() || looksLikePlan(root)) {
            return Optional.empty();
        }
        if (root.has("lineage") && root.has("serial") || root.has("terraform_version") && root.has("resources")) {
            return Optional.of("a Terraform state file (it has lineage, serial and resources), not configuration or"
                    + " a plan");
        }
        if (root.has("planned_values") || root.has("resource_changes")) {
            return Optional.of("plan JSON without \"format_version\" (truncated or edited?): `terraform show -json"
                    + " PLANFILE` writes it first");
        }
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        if (!keys.isEmpty() && keys.stream().noneMatch(TERRAFORM_KEYS::contains)) {
            return Optional.of("JSON that is neither Terraform JSON nor plan JSON (top-level keys: "
                    + String.join(", ", keys.subList(0, Math.min(keys.size(), 6)))
                    + (keys.size() > 6 ? ", ..." : "") + ")");
        }
        return Optional.empty();
    }

    public static DocumentKind detect(JsonNode root) {
        return looksLikePlan(root) ? DocumentKind.PLAN_JSON : DocumentKind.TERRAFORM_JSON;
    }
}
