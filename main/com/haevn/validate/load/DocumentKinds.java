package com.haevn.validate.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.core.DocumentKind;

/** Tells plan JSON from Terraform JSON configuration by its top-level keys. */
public final class DocumentKinds {

    private DocumentKinds() {
    }

    /** Plan JSON ({@code terraform show -json}) has "format_version" and "planned_values" or "resource_changes". */
    public static boolean looksLikePlan(JsonNode root) {
        return root != null && root.isObject() && root.has("format_version")
                && (root.has("planned_values") || root.has("resource_changes"));
    }

    public static DocumentKind detect(JsonNode root) {
        return looksLikePlan(root) ? DocumentKind.PLAN_JSON : DocumentKind.TERRAFORM_JSON;
    }
}
