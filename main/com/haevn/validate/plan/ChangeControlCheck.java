package com.haevn.validate.plan;

import com.haevn.validate.core.DocumentCheck;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HVN-CHG-001: a plan must not delete or replace a stateful resource unless that exact address is allowed with a
 * reason. An allowed destruction is still reported, suppressed with its reason, so the PR report shows it.
 */
public final class ChangeControlCheck implements DocumentCheck {

    public static final RuleInfo INFO = new RuleInfo("HVN-CHG-001", Severity.ERROR,
            "Plans do not destroy or replace stateful resources unless allowed by address",
            "Every change must be revertible in under 10 minutes; destroying a database, bucket, cache, table, "
                    + "secret, cluster, key, file system or queue is not. A replace is a destroy: the data goes "
                    + "with the old object.",
            "Change the configuration so the plan updates in place (see the attribute forcing replacement in "
                    + "the plan), or, when the destruction is intended, allow that exact address with a reason "
                    + "(--allow-destroy ADDRESS=REASON or the suppression file) and have an SRE approve it.");

    private final AllowedDestructiveChanges allowed;

    public ChangeControlCheck() {
        this(AllowedDestructiveChanges.none());
    }

    public ChangeControlCheck(AllowedDestructiveChanges allowed) {
        this.allowed = allowed;
    }

    @Override
    public String name() {
        return "change-control";
    }

    @Override
    public List<Finding> check(LoadedDocument document) {
        if (document.kind() != DocumentKind.PLAN_JSON) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (PlannedChange change : PlannedChange.read(document.root())) {
            if (!change.destroys() || !StatefulTypes.isStateful(change.type())) {
                continue;
            }
            String because = change.actionReason().isEmpty() ? "" : " (" + change.actionReason() + ")";
            Finding finding = INFO.finding(document.locations().locate(change.pointer()), change.address(),
                    "plan will " + change.describe() + " stateful " + change.type() + " " + change.address()
                            + because + ": its data does not survive");
            Optional<String> reason = allowed.reasonFor(change.address());
            findings.add(reason.map(finding::suppressedBecause).orElse(finding));
        }
        return findings;
    }
}
