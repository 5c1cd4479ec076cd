package com.haevn.validate;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.load.DocumentKinds;
import com.haevn.validate.load.LocatingJsonParser;
import com.haevn.validate.load.ParsedJson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Test helpers: parse JSON text or test resources into documents, and summarise findings. */
public final class Documents {

    private Documents() {
    }

    public static LoadedDocument parse(String file, String json) {
        ParsedJson parsed = new LocatingJsonParser().parse(file,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        if (!parsed.ok()) {
            throw new AssertionError("test JSON does not parse: " + parsed.error() + " at " + parsed.errorAt());
        }
        return new LoadedDocument(file, DocumentKinds.detect(parsed.root()), parsed.root(), parsed.locations());
    }

    /** A test resource under test/resources/validate/, as a document. */
    public static LoadedDocument resource(String relative) {
        Path path = Path.of("test/resources/validate", relative);
        try {
            return parse(path.toString(), Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "RULE address" of each finding, for compact assertions. */
    public static List<String> summary(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.address()).sorted().toList();
    }

    public static Set<String> addresses(List<Finding> findings) {
        return findings.stream().map(Finding::address).collect(Collectors.toSet());
    }
}
