package com.haevn.validate.rules.tags;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.RuleResult;
import com.haevn.validate.rules.model.Resource;
import com.haevn.validate.rules.model.TagSet;

import java.util.ArrayList;
import java.util.List;

/** HVN-TAG-001: every taggable resource carries the cost-allocation tags (its own or its provider's default_tags). */
public final class RequiredCostTagsRule implements GuardrailRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-TAG-001", Severity.ERROR,
            "Taggable resources carry the cost-allocation tags " + String.join(", ", CostAllocationTags.REQUIRED),
            "The platform promises predictable costs and clear cost-allocation tags; an untagged resource's cost "
                    + "cannot be attributed to an environment, layer, cost center or owner. Judged in root "
                    + "configurations only: a child module's resources also get the default_tags of the provider "
                    + "its caller passes, which the module cannot show.",
            "Add the missing keys to the AWS provider's default_tags (preferred: one place for the whole stack) "
                    + "or to the resource's tags.").onlyInRoots();

    private final TaggableTypes taggable;

    public RequiredCostTagsRule() {
        this(TaggableTypes.CONSERVATIVE);
    }

    public RequiredCostTagsRule(TaggableTypes taggable) {
        this.taggable = taggable;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        List<Resource> checked = context.index().all().stream()
                .filter(r -> !r.isData() && r.type().startsWith("aws_") && isTaggable(r)).toList();
        if (checked.isEmpty()) {
            return RuleResult.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        for (Resource resource : checked) {
            TagSet tags = context.index().tags(resource);
            if (tags.wholeUnknown()) {
                continue;
            }
            List<String> missing = CostAllocationTags.REQUIRED.stream().filter(key -> !tags.has(key)).toList();
            if (!missing.isEmpty()) {
                List<String> present = CostAllocationTags.REQUIRED.stream().filter(tags::has).toList();
                findings.add(context.finding(INFO, resource, resource.attr("tags"),
                        resource.address() + " lacks cost-allocation tag(s) " + String.join(", ", missing)
                                + " (has " + (present.isEmpty() ? "none of them" : String.join(", ", present))
                                + ", provider default_tags included)"));
            }
        }
        return RuleResult.of(findings);
    }

    /** A plan lists every schema attribute, so a tags key there is proof; otherwise ask the type list. */
    private boolean isTaggable(Resource resource) {
        return resource.body().has("tags_all") || resource.body().has("tags") || taggable.isTaggable(resource.type());
    }
}
