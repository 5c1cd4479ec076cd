package com.haevn.modules.validation;

import com.hashicorp.cdktf.TerraformResource;
import software.constructs.MetadataEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Suppresses a finding of the project's validator for one resource, with a written reason, from the CDKTF code.
 * The suppression is written into the resource's {@code "//"} block of the synthesized JSON (which Terraform
 * ignores) as {@code "//": {"suppressions": [{"rule": "HVN-S3-004", "reason": "..."}]}}; the validator reads it
 * there and shows the reason in every report.
 */
public final class Suppressions {

    /** Reasons must say something: a few words are not an audit trail. */
    public static final int MINIMUM_REASON_LENGTH = 20;

    private static final String METADATA_TYPE = "haevn:suppression";
    private static final Pattern RULE_ID = Pattern.compile("HVN-[A-Z0-9]+-\\d{3}");

    private Suppressions() {
    }

    /**
     * @param resource the resource the finding is about
     * @param ruleId   the rule's id, e.g. {@code HVN-S3-004}
     * @param reason   why the finding does not apply here, at least {@value #MINIMUM_REASON_LENGTH} characters
     */
    public static void suppress(TerraformResource resource, String ruleId, String reason) {
        if (ruleId == null || !RULE_ID.matcher(ruleId).matches()) {
            throw new IllegalArgumentException("a rule id looks like HVN-S3-004, got '" + ruleId + "'");
        }
        if (reason == null || reason.strip().length() < MINIMUM_REASON_LENGTH) {
            throw new IllegalArgumentException("the reason for suppressing " + ruleId + " on "
                    + resource.getNode().getPath() + " must be at least " + MINIMUM_REASON_LENGTH
                    + " characters, got '" + reason + "'");
        }
        Map<String, String> suppression = new LinkedHashMap<>();
        suppression.put("rule", ruleId);
        suppression.put("reason", reason.strip());
        resource.getNode().addMetadata(METADATA_TYPE, suppression);
        resource.addOverride("//.suppressions", all(resource));
    }

    /** Every suppression added to the resource so far, in the order they were added. */
    private static List<Object> all(TerraformResource resource) {
        List<Object> suppressions = new ArrayList<>();
        for (MetadataEntry entry : resource.getNode().getMetadata()) {
            if (METADATA_TYPE.equals(entry.getType())) {
                suppressions.add(entry.getData());
            }
        }
        return suppressions;
    }
}
