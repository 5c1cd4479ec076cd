package com.haevn.validate.rules;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Block;
import com.haevn.validate.rules.model.DocumentIndex;
import com.haevn.validate.rules.model.Resource;

/** What a rule sees of one input: its resource index, and how to turn a problem into a located finding. */
public record RuleContext(DocumentIndex index) {

    /** A finding about {@code resource}, located at {@code at} when it is set, otherwise at the resource. */
    public Finding finding(RuleInfo rule, Resource resource, Attr at, String message) {
        String pointer = at != null && at.isSet() && !at.pointer().isEmpty() ? at.pointer() : resource.pointer();
        return at(rule, pointer, resource.address(), message);
    }

    /**
     * A note that the rule could not evaluate {@code resource} (never blocking): for the cases where an unknown
     * value hides a whole configuration a reader would expect to be judged.
     */
    public Finding note(RuleInfo rule, Resource resource, Attr at, String message) {
        Finding finding = finding(rule, resource, at, message);
        return rule.lowered(Severity.NOTE, finding.location(), finding.address(), finding.message(),
                "Nothing to change if the policy is right; to have it checked, write its statements in place.");
    }

    /** A finding about {@code resource}, located at one of its nested blocks. */
    public Finding finding(RuleInfo rule, Resource resource, Block at, String message) {
        return at(rule, at.pointer(), resource.address(), message);
    }

    public Finding finding(RuleInfo rule, Resource resource, String message) {
        return at(rule, resource.pointer(), resource.address(), message);
    }

    /** A finding at any JSON Pointer of the input. */
    public Finding at(RuleInfo rule, String pointer, String address, String message) {
        return rule.finding(index.document().locations().locate(pointer), address, message);
    }
}
