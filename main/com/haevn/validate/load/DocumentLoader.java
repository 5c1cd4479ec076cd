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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the files under the paths a user named into {@link LoadedDocument}s: each plan on its own, the Terraform
 * JSON files of one folder joined into one module (as terraform reads them), with what is known of the modules
 * they call. Anything unreadable (missing file, syntax error, binary junk, too deep, too large, a JSON that is
 * neither configuration nor plan) becomes an {@code HVN-TF-001} finding, never an exception; so does an input
 * with nothing to validate, unless empty input is allowed.
 */
public final class DocumentLoader {

    /** Files above this size are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private final LocatingJsonParser parser = new LocatingJsonParser();
    private final boolean allowEmpty;

    /** A loader for which an input holding nothing to validate is an error. */
    public DocumentLoader() {
        this(false);
    }

    /** @param allowEmpty whether an input with no Terraform JSON or plan JSON at all is acceptable */
    public DocumentLoader(boolean allowEmpty) {
        this.allowEmpty = allowEmpty;
    }

    /** What one walked file that is not ours to judge was, to explain an input with nothing to validate. */
    private record Skipped(String file, String why) {
    }

    public LoadResult load(List<Path> paths) {
        List<LoadedDocument> documents = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
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
            loadOne(candidate, documents, findings, files, skipped);
        }
        if (documents.isEmpty() && findings.isEmpty() && !allowEmpty) {
            findings.add(nothingToValidate(paths, skipped));
        }
        return new LoadResult(modules(documents, findings), findings, files);
    }

    /** Plans as they are; the Terraform JSON files of each folder joined into one module; in input order. */
    private List<LoadedDocument> modules(List<LoadedDocument> documents, List<Finding> findings) {
        Map<Path, List<LoadedDocument>> byFolder = new LinkedHashMap<>();
        for (LoadedDocument document : documents) {
            if (document.kind() == DocumentKind.TERRAFORM_JSON) {
                byFolder.computeIfAbsent(folderOf(document.file()), f -> new ArrayList<>()).add(document);
            }
        }
        ModuleSources sources = new ModuleSources(parser);
        List<LoadedDocument> result = new ArrayList<>();
        for (LoadedDocument document : documents) {
            if (document.kind() == DocumentKind.PLAN_JSON) {
                result.add(document);
                continue;
            }
            Path folder = folderOf(document.file());
            List<LoadedDocument> inFolder = byFolder.remove(folder);
            if (inFolder == null) {
                continue; // joined into its folder's module already
            }
            Optional<LoadedDocument> module = inFolder.size() < 2 ? Optional.empty()
                    : ModuleAssembler.assemble(folder.toString(), inFolder, findings);
            for (LoadedDocument part : module.map(List::of).orElse(inFolder)) {
                result.add(part.withCalledModules(sources.of(part.root(), folder)));
            }
        }
        return result;
    }

    private static Path folderOf(String file) {
        Path parent = Path.of(file).getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private void loadOne(InputFiles.Candidate candidate, List<LoadedDocument> documents, List<Finding> findings,
                         List<String> files, List<Skipped> skipped) {
        String name = candidate.path().toString();
        boolean mustReport = candidate.named() || candidate.terraformJson();
        try {
            if (Files.size(candidate.path()) > MAX_FILE_BYTES) {
                if (mustReport) {
                    files.add(name);
                    findings.add(unreadable(SourceLocation.ofFile(name), "the file is larger than "
                            + MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
                } else {
                    skipped.add(new Skipped(name, "larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
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
            // some other JSON in the directory (cdktf's manifest.json, package.json...): not ours to judge
            skipped.add(new Skipped(name, !parsed.ok() ? parsed.error()
                    : DocumentKinds.foreign(parsed.root()).orElse("not plan JSON")));
            return;
        }
        files.add(name);
        if (!parsed.ok()) {
            findings.add(unreadable(parsed.errorAt(), parsed.error()
                    + " (a generated file was probably truncated or edited)"));
            return;
        }
        Optional<String> foreign = DocumentKinds.foreign(parsed.root());
        if (foreign.isPresent()) {
            findings.add(unreadable(SourceLocation.ofFile(name), "this file is " + foreign.get()
                    + ", neither Terraform JSON (*.tf.json, cdktf.out) nor plan JSON (terraform show -json PLANFILE)"));
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

    private static Finding nothingToValidate(List<Path> paths, List<Skipped> skipped) {
        String where = paths.stream().map(Path::toString).collect(Collectors.joining(", "));
        String seen = skipped.isEmpty() ? "no *.tf.json file and no plan JSON"
                : "no *.tf.json file and no plan JSON; skipped: " + skipped.stream().limit(5)
                .map(s -> s.file() + " (" + s.why() + ")").collect(Collectors.joining("; "))
                + (skipped.size() > 5 ? "; and " + (skipped.size() - 5) + " more" : "");
        return unreadable(SourceLocation.ofFile(where), "nothing to validate under " + where + ": " + seen
                + " (pass --allow-empty where an empty input is expected)");
    }

    private static Finding unreadable(SourceLocation at, String message) {
        return LanguageRules.UNREADABLE.finding(at, "", message);
    }
}
