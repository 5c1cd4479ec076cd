package com.haevn.validate.load;

import com.haevn.validate.catalog.LanguageRules;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.core.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the files under the paths a user named into {@link LoadedDocument}s. Anything unreadable (missing file,
 * syntax error, binary junk, too deep, too large) becomes an {@code HVN-TF-001} finding, never an exception.
 */
public final class DocumentLoader {

    /** Files above this size are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private final LocatingJsonParser parser = new LocatingJsonParser();

    public LoadResult load(List<Path> paths) {
        List<LoadedDocument> documents = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                String name = path.toString();
                files.add(name);
                findings.add(unreadable(SourceLocation.ofFile(name), "no such file or directory"));
            }
        }
        List<InputFiles.Candidate> candidates;
        try {
            candidates = InputFiles.find(paths.stream().filter(Files::exists).toList());
        } catch (UncheckedIOException e) {
            findings.add(unreadable(SourceLocation.ofFile(paths.toString()), "cannot list: " + e.getMessage()));
            candidates = List.of();
        }
        for (InputFiles.Candidate candidate : candidates) {
            loadOne(candidate, documents, findings, files);
        }
        return new LoadResult(documents, findings, files);
    }

    private void loadOne(InputFiles.Candidate candidate, List<LoadedDocument> documents, List<Finding> findings,
                         List<String> files) {
        String name = candidate.path().toString();
        boolean mustReport = candidate.named() || candidate.terraformJson();
        try {
            if (Files.size(candidate.path()) > MAX_FILE_BYTES) {
                if (mustReport) {
                    files.add(name);
                    findings.add(unreadable(SourceLocation.ofFile(name), "the file is larger than "
                            + MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
                }
                return;
            }
        } catch (IOException e) {
            files.add(name);
            findings.add(unreadable(SourceLocation.ofFile(name), "cannot read: " + e.getMessage()));
            return;
        }
        ParsedJson parsed;
        try (InputStream input = Files.newInputStream(candidate.path())) {
            parsed = parser.parse(name, input);
        } catch (IOException e) {
            parsed = ParsedJson.failed("cannot read: " + e.getMessage(), SourceLocation.ofFile(name));
        }
        if (!mustReport && (!parsed.ok() || !DocumentKinds.looksLikePlan(parsed.root()))) {
            return; // some other JSON in the directory (cdktf's manifest.json, package.json...): not ours to judge
        }
        files.add(name);
        if (!parsed.ok()) {
            findings.add(unreadable(parsed.errorAt(), parsed.error()
                    + " (a generated file was probably truncated or edited)"));
            return;
        }
        DocumentKind kind = DocumentKinds.detect(parsed.root());
        for (ParsedJson.DuplicateKey duplicate : parsed.duplicateKeys()) {
            findings.add(LanguageRules.DUPLICATE_KEY.finding(duplicate.location(), "",
                    "the key at " + duplicate.pointer() + " appears more than once in its object; only the last "
                            + "one is validated"));
        }
        documents.add(new LoadedDocument(name, kind, parsed.root(), parsed.locations()));
    }

    private static Finding unreadable(SourceLocation at, String message) {
        return LanguageRules.UNREADABLE.finding(at, "", message);
    }
}
