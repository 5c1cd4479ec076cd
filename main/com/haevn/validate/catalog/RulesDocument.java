package com.haevn.validate.catalog;

import com.haevn.validate.config.RootConfigurations;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.tags.CostAllocationTags;

import java.util.List;

/** Renders the rule catalog as docs/rules.md (a test keeps the committed file equal to this rendering). */
public final class RulesDocument {

    private RulesDocument() {
    }

    public static String render(List<RuleInfo> rules) {
        StringBuilder out = new StringBuilder();
        out.append("# Validator rules\n\n")
                .append("Generated from `RuleCatalog` (main/com/haevn/validate/catalog); do not edit by hand. ")
                .append("`RulesDocumentTest` fails when this file and the catalog differ; run it with ")
                .append("`-Dhaevn.updateRulesDoc=true` to rewrite the file.\n\n")
                .append("Rules read Terraform JSON (`cdktf synth` output, any `*.tf.json`; the files of one folder ")
                .append("are one module) and plan JSON (`terraform show -json`). A value that is an expression ")
                .append("(`${...}`), a `dynamic` block or unknown until apply never produces a finding; a companion ")
                .append("resource whose target cannot be told serves at most one target per instance (see ")
                .append("docs/validator.md, \"Unknown values\"); a rule with nothing to check in an input is not ")
                .append("applicable there. ")
                .append("Required cost-allocation tags: ").append(String.join(", ", CostAllocationTags.REQUIRED))
                .append(".\n\n")
                .append("Rules marked *root configurations only* are judged only where terraform is run: a root ")
                .append("configuration, not a reusable child module. An input is a root when it is a plan, a cdktf ")
                .append("stack (`").append(RootConfigurations.CDKTF_STACK_FILE).append("`), configures a provider ")
                .append("(a `provider` block) or declares a `backend` or `cloud` block; `haevn validate --root PATH` ")
                .append("names roots and `--module PATH` child modules whatever they contain (the deepest given path ")
                .append("decides).\n\n")
                .append("| Id | Severity | Judged in | Rule |\n|---|---|---|---|\n");
        for (RuleInfo rule : rules) {
            out.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase()).append(") | ")
                    .append(rule.severity().name().toLowerCase()).append(" | ")
                    .append(rule.rootOnly() ? "root configurations" : "all").append(" | ")
                    .append(escape(rule.title())).append(" |\n");
        }
        for (RuleInfo rule : rules) {
            out.append("\n## ").append(rule.id()).append("\n\n")
                    .append("**").append(rule.title()).append("** (").append(rule.severity().name().toLowerCase())
                    .append(")").append(rule.rootOnly() ? ", root configurations only" : "").append("\n\n")
                    .append("Why: ").append(rule.rationale()).append("\n\n")
                    .append("Fix: ").append(rule.fix()).append("\n");
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
