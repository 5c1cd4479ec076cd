package com.haevn.validate;

import com.haevn.validate.budget.BudgetCheck;
import com.haevn.validate.core.DocumentCheck;
import com.haevn.validate.dr.DisasterRecoveryCheck;
import com.haevn.validate.plan.ChangeControlCheck;
import com.haevn.validate.refs.ModuleCallCheck;
import com.haevn.validate.refs.ReferenceCheck;
import com.haevn.validate.schema.ProviderSchemas;
import com.haevn.validate.rules.GuardrailCheck;
import com.haevn.validate.rules.GuardrailRules;
import com.haevn.validate.rules.tags.TaggableTypes;
import com.haevn.validate.schema.SchemaCheck;
import com.haevn.validate.structure.StructureCheck;

import java.util.ArrayList;
import java.util.List;

/** The one place that lists every check the validator runs, in order. */
public final class Checks {

    private Checks() {
    }

    /** All checks, using the provider schema compiled into the build. */
    public static List<DocumentCheck> all() {
        return all(ProviderSchemas.bundled());
    }

    public static List<DocumentCheck> all(ProviderSchemas schemas) {
        return all(schemas, CheckOptions.defaults());
    }

    /** All checks, told what {@code options} say (allowed destroys, roots, recovery targets). */
    public static List<DocumentCheck> all(ProviderSchemas schemas, CheckOptions options) {
        List<DocumentCheck> checks = new ArrayList<>(language(schemas));
        checks.addAll(List.of(
                new GuardrailCheck(GuardrailRules.all(type -> schemas.resource(type)
                        .map(schema -> schema.attributes().containsKey("tags"))
                        .orElse(TaggableTypes.CONSERVATIVE.isTaggable(type))), options.roots()),
                new DisasterRecoveryCheck(options.roots(), options.recoveryTargets()),
                new ChangeControlCheck(options.allowedDestroys()),
                new BudgetCheck()));
        return List.copyOf(checks);
    }

    /**
     * What {@code terraform validate} checks too: JSON structure, provider schema, references. The platform's
     * own policy (guardrails, DR targets, change control) comes on top in {@link #all(ProviderSchemas)}.
     */
    public static List<DocumentCheck> language(ProviderSchemas schemas) {
        return List.of(
                new StructureCheck(),
                new SchemaCheck(schemas),
                new ReferenceCheck(schemas),
                new ModuleCallCheck());
    }
}
