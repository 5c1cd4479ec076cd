package com.haevn.validate.refs;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.catalog.LanguageRules;
import com.haevn.validate.config.BlockRef;
import com.haevn.validate.config.TerraformConfig;
import com.haevn.validate.core.CalledModule;
import com.haevn.validate.core.DocumentCheck;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.core.Severity;
import com.haevn.validate.load.JsonPointers;
import com.haevn.validate.suggest.DidYouMean;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks each {@code module} block against the module it calls by local path (HVN-TF-208): every argument names
 * one of its variables, and every variable without a default is given. A call whose module could not be read
 * (registry, git, HCL) gets a note saying it was not checked; a local path that is no directory is an error.
 */
public final class ModuleCallCheck implements DocumentCheck {

    /** Arguments of a module block that are Terraform's, not the module's variables. */
    private static final Set<String> META_ARGUMENTS = Set.of("source", "version", "count", "for_each", "providers",
            "depends_on", TerraformConfig.COMMENT_KEY);

    @Override
    public String name() {
        return "module calls";
    }

    @Override
    public List<Finding> check(LoadedDocument document) {
        if (document.kind() != DocumentKind.TERRAFORM_JSON || document.calledModules().isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (BlockRef call : TerraformConfig.of(document.root()).modules()) {
            CalledModule called = document.calledModules().get(call.name());
            if (called != null) {
                check(document, call, called, findings);
            }
        }
        return findings;
    }

    private static void check(LoadedDocument document, BlockRef call, CalledModule called, List<Finding> findings) {
        String address = call.address();
        switch (called.status()) {
            case NOT_FETCHED, NOT_READABLE -> findings.add(LanguageRules.MODULE_CALL_ARGUMENTS.lowered(Severity.NOTE,
                    document.locations().locate(JsonPointers.child(call.pointer(), "source")), address, address
                            + ": source \"" + called.source() + "\" was not checked (" + called.detail() + "): its"
                            + " inputs and outputs are not validated",
                    "Validate the called module on its own, or vendor it as Terraform JSON."));
            case NOT_FOUND -> findings.add(finding(document, JsonPointers.child(call.pointer(), "source"), address,
                    "source \"" + called.source() + "\" does not exist (" + called.detail() + "); correct the"
                            + " module's path"));
            case READ -> checkInputs(document, call, called, findings);
        }
    }

    private static void checkInputs(LoadedDocument document, BlockRef call, CalledModule called,
                                    List<Finding> findings) {
        Set<String> variables = called.variables().keySet();
        List<String> unsupported = new ArrayList<>();
        for (Iterator<String> it = call.body().fieldNames(); it.hasNext(); ) {
            String argument = it.next();
            if (!META_ARGUMENTS.contains(argument) && !variables.contains(argument)) {
                unsupported.add(argument);
                findings.add(finding(document, JsonPointers.child(call.pointer(), argument),
                        call.address(), "unsupported argument \"" + argument + "\": the module at \""
                                + called.source() + "\" has no variable of that name."
                                + DidYouMean.hint(argument, variables)));
            }
        }
        for (Map.Entry<String, Boolean> variable : called.variables().entrySet()) {
            JsonNode given = call.body().get(variable.getKey());
            if (variable.getValue() && given == null) {
                findings.add(finding(document, call.pointer(), call.address(),
                        "missing required argument \"" + variable.getKey() + "\": the module at \""
                                + called.source() + "\" declares it without a default"
                                + DidYouMean.closest(variable.getKey(), unsupported)
                                .map(near -> ". Did you mean \"" + variable.getKey() + "\" where the call says \""
                                        + near + "\"?")
                                .orElse("; add it")));
            }
        }
    }

    private static Finding finding(LoadedDocument document, String pointer, String address, String message) {
        return LanguageRules.MODULE_CALL_ARGUMENTS.finding(document.locations().locate(pointer), address,
                address + ": " + message);
    }
}
