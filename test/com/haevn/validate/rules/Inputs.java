package com.haevn.validate.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.core.LocationIndex;
import com.haevn.validate.core.SourceLocation;
import com.haevn.validate.rules.model.DocumentIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Builds test inputs the way the loader will: parsed JSON plus a location index. */
public final class Inputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Inputs() {
    }

    public static LoadedDocument terraform(String json) {
        return terraform("cdk.tf.json", json);
    }

    /** Terraform JSON as if read from {@code file} (rules that look at the path: stack names, roots). */
    public static LoadedDocument terraform(String file, String json) {
        return document(file, DocumentKind.TERRAFORM_JSON, json);
    }

    public static LoadedDocument plan(String json) {
        return document("plan.json", DocumentKind.PLAN_JSON, json);
    }

    /** A test resource under validate/rules/. */
    public static String resource(String name) {
        try (InputStream in = Inputs.class.getResourceAsStream("/validate/rules/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource validate/rules/" + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document whose locations echo the pointer as the "file", so tests can assert where a finding points. */
    public static LoadedDocument pointing(String json) {
        try {
            return new LoadedDocument("cdk.tf.json", DocumentKind.TERRAFORM_JSON, JSON.readTree(json),
                    pointer -> new SourceLocation(pointer, 0, 0));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static RuleResult run(GuardrailRule rule, LoadedDocument document) {
        return rule.evaluate(new RuleContext(DocumentIndex.of(document)));
    }

    public static List<Finding> findings(GuardrailRule rule, LoadedDocument document) {
        return run(rule, document).findings();
    }

    private static LoadedDocument document(String file, DocumentKind kind, String json) {
        try {
            return new LoadedDocument(file, kind, JSON.readTree(json), LocationIndex.fileOnly(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("test JSON does not parse: " + e.getOriginalMessage(), e);
        }
    }
}
