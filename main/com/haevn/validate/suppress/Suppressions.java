package com.haevn.validate.suppress;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.catalog.LanguageRules;
import com.haevn.validate.config.BlockRef;
import com.haevn.validate.config.TerraformConfig;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.load.JsonPointers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies suppressions to a document's findings: those written in the document itself, on a resource or data
 * source as {@code "//": {"suppressions": [{"rule": "HVN-S3-004", "reason": "..."}]}}, and those of a suppressions
 * file. A suppressed finding stays in every report with its reason. An in-source suppression without a reason of
 * at least 20 characters is not applied and is reported as HVN-TF-301.
 *
 * <p>Plan JSON holds no {@code "//"} blocks: a plan takes the in-source suppressions of the Terraform JSON files in
 * its own folder, the configuration it was planned from in the layout {@code ./haevn plan --offline} and CI write
 * ({@code stacks/<stack>/plan.json} beside {@code cdk.tf.json}), matched by resource address without the instance
 * key. A faulty suppression there is reported when that configuration is validated, not again with the plan.
 */
public final class Suppressions {


    private final List<Suppression> external;

    private Suppressions(List<Suppression> external) {
        this.external = List.copyOf(external);
    }

    /** Only the suppressions written in the documents. */
    public static Suppressions none() {
        return new Suppressions(List.of());
    }

    public static Suppressions of(List<Suppression> external) {
        return new Suppressions(external);
    }

    public List<Finding> apply(LoadedDocument document, List<Finding> findings) {
        List<Finding> problems = new ArrayList<>();
        Map<String, List<Suppression>> inSource = document.kind() == DocumentKind.TERRAFORM_JSON
                ? inSource(document, problems) : PlannedConfiguration.suppressions(Path.of(document.file()));
        List<Finding> out = new ArrayList<>(findings.size() + problems.size());
        for (Finding finding : findings) {
            out.add(apply(finding, inSource.getOrDefault(PlannedConfiguration.withoutInstanceKey(finding.address()),
                    List.of())));
        }
        out.addAll(problems);
        return out;
    }

    private Finding apply(Finding finding, List<Suppression> inSource) {
        String resource = PlannedConfiguration.withoutInstanceKey(finding.address());
        for (Suppression suppression : inSource) {
            if (suppression.matches(finding.ruleId(), resource, finding.location().file())) {
                return finding.suppressedBecause(SuppressionKind.IN_SOURCE.tag(suppression.reason()));
            }
        }
        for (Suppression suppression : external) {
            if (suppression.matches(finding.ruleId(), finding.address(), finding.location().file())) {
                return finding.suppressedBecause(SuppressionKind.EXTERNAL.tag(suppression.reason()));
            }
        }
        return finding;
    }

    static Map<String, List<Suppression>> inSource(LoadedDocument document, List<Finding> problems) {
        Map<String, List<Suppression>> byAddress = new HashMap<>();
        TerraformConfig config = TerraformConfig.of(document.root());
        List<BlockRef> blocks = new ArrayList<>(config.resources());
        blocks.addAll(config.dataSources());
        for (BlockRef block : blocks) {
            JsonNode list = block.body().path(TerraformConfig.COMMENT_KEY).path("suppressions");
            if (list.isMissingNode()) {
                continue;
            }
            String pointer = JsonPointers.child(JsonPointers.child(block.pointer(), TerraformConfig.COMMENT_KEY),
                    "suppressions");
            if (!list.isArray()) {
                problems.add(problem(document, pointer, block.address(), "\"suppressions\" must be a list of "
                        + "{\"rule\": ..., \"reason\": ...}"));
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode entry = list.get(i);
                String rule = entry.path("rule").asText("");
                String reason = entry.path("reason").asText("").strip();
                String entryPointer = JsonPointers.child(pointer, i);
                if (rule.isEmpty()) {
                    problems.add(problem(document, entryPointer, block.address(), "suppression #" + (i + 1)
                            + " has no \"rule\""));
                } else if (reason.length() < Suppression.MIN_REASON_CHARS) {
                    problems.add(problem(document, entryPointer, block.address(), "the suppression of " + rule
                            + " has a reason of " + reason.length() + " characters; at least "
                            + Suppression.MIN_REASON_CHARS + " are required, so it is not applied"));
                } else {
                    byAddress.computeIfAbsent(block.address(), k -> new ArrayList<>())
                            .add(new Suppression(rule, block.address(), reason, null));
                }
            }
        }
        return byAddress;
    }

    private static Finding problem(LoadedDocument document, String pointer, String address, String message) {
        return LanguageRules.BAD_SUPPRESSION.finding(document.locations().locate(pointer), address,
                address + ": " + message);
    }
}
