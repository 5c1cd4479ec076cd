package com.haevn.validate.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.terraform.ProviderMirror;
import com.haevn.terraform.TerraformDiagnostic;
import com.haevn.terraform.TerraformRunner;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;
import com.haevn.validate.schema.ProviderSchemas;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Differential test against the real oracle: every mutant of the realistic AWS stacks gets a verdict (error or
 * not) from this validator and from {@code terraform validate -json}; the verdicts must agree, and the unmutated
 * stacks must pass both. Mutants run in batches: each batch is one root module calling every mutant as a child
 * module, so one {@code init} and one {@code validate} judge hundreds of mutants.
 *
 * <p>Needs terraform on the PATH and {@code HAEVN_TF_PROVIDER_MIRROR}; skips loudly without them, fails instead
 * when the system property {@code haevn.requireTerraform} is true. The system property
 * {@code haevn.differential.stacks} adds a directory of further stacks (e.g. the synthesized cdktf.out).
 */
class DifferentialTest {

    private static final int BATCH = 250;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path work;

    @Test
    void should_agree_with_terraform_validate_on_every_mutant() throws Exception {
        TerraformRunner terraform = terraformOrSkip();
        List<Mutant> mutants = new ArrayList<>();
        Map<String, ObjectNode> stacks = baseStacks();
        Mutator mutator = new Mutator(ProviderSchemas.bundled());
        stacks.forEach((name, document) -> {
            mutants.add(new Mutant(name, "unmutated", name + " as written", document));
            mutants.addAll(mutator.mutate(name, document));
        });
        assertThat(mutants).hasSizeGreaterThan(300);

        Map<String, int[]> figures = new TreeMap<>(); // kind -> {total, agreed, bothError, bothValid}
        List<String> disagreements = new ArrayList<>();
        for (int from = 0; from < mutants.size(); from += BATCH) {
            List<Mutant> batch = mutants.subList(from, Math.min(mutants.size(), from + BATCH));
            judge(terraform, batch, from / BATCH, figures, disagreements);
        }

        int total = figures.values().stream().mapToInt(f -> f[0]).sum();
        int agreed = figures.values().stream().mapToInt(f -> f[1]).sum();
        System.out.printf("[differential] %d mutants of %d stacks, %d agree with terraform validate (%.1f%%)%n",
                total, stacks.size(), agreed, 100.0 * agreed / total);
        figures.forEach((kind, f) -> System.out.printf("[differential]   %-26s %4d mutants, %4d agree "
                + "(%d both error, %d both valid)%n", kind, f[0], f[1], f[2], f[3]));
        disagreements.forEach(d -> System.out.println("[differential] DISAGREE " + d));
        assertThat(disagreements).as("mutants where this validator and terraform disagree").isEmpty();
    }

    private void judge(TerraformRunner terraform, List<Mutant> batch, int batchNumber, Map<String, int[]> figures,
                       List<String> disagreements) throws Exception {
        Path root = work.resolve("batch-" + batchNumber);
        ObjectNode rootConfig = MAPPER.createObjectNode();
        rootConfig.putObject("terraform").putObject("required_providers").putObject("aws")
                .put("source", "hashicorp/aws").put("version", ">= 5.23.1, < 6.0.0");
        rootConfig.putObject("provider").putObject("aws").put("region", "us-east-1");
        ObjectNode modules = rootConfig.putObject("module");
        for (int i = 0; i < batch.size(); i++) {
            Path dir = root.resolve("m" + i);
            Files.createDirectories(dir);
            ObjectNode document = batch.get(i).document().deepCopy();
            document.remove("provider"); // one provider instance for the whole batch: children inherit the root's
            relaxForModuleUse(document);
            Files.writeString(dir.resolve("main.tf.json"), MAPPER.writeValueAsString(document));
            modules.putObject("m" + i).put("source", "./m" + i);
        }
        Files.writeString(root.resolve("main.tf.json"), MAPPER.writeValueAsString(rootConfig));
        terraform.init(root);
        List<TerraformDiagnostic> diagnostics = terraform.validate(root);
        for (TerraformDiagnostic d : diagnostics) {
            if (d.error() && !d.filename().startsWith("m")) {
                fail("terraform reported an error outside the mutants: " + d);
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            Mutant mutant = batch.get(i);
            String prefix = "m" + i + "/";
            List<TerraformDiagnostic> theirs = diagnostics.stream()
                    .filter(d -> d.error() && d.filename().replace('\\', '/').startsWith(prefix)).toList();
            ValidationResult ours = new Validator().validate(List.of(root.resolve("m" + i).resolve("main.tf.json")));
            boolean theyFail = !theirs.isEmpty();
            boolean weFail = ours.blockingCount() > 0;
            int[] f = figures.computeIfAbsent(mutant.kind(), k -> new int[4]);
            f[0]++;
            if (theyFail == weFail) {
                f[1]++;
                f[theyFail ? 2 : 3]++;
            } else {
                disagreements.add(mutant.kind() + " | " + mutant.description() + " | terraform: "
                        + (theyFail ? theirs.get(0).summary() + ": " + theirs.get(0).detail() : "valid")
                        + " | haevn: " + (weFail ? ours.findings().get(0).message() : "valid"));
            }
        }
    }

    /**
     * A stack becomes a child module here: its backend is dropped and exact provider version pins (cdktf pins the
     * bindings' version) are lifted, so the mirror's provider serves every batch. Configuration is left alone.
     */
    private static void relaxForModuleUse(ObjectNode document) {
        if (document.path("terraform") instanceof ObjectNode terraformBlock) {
            terraformBlock.remove("backend");
            terraformBlock.remove("cloud");
            if (terraformBlock.path("required_providers") instanceof ObjectNode providers) {
                providers.elements().forEachRemaining(p -> {
                    if (p instanceof ObjectNode provider) {
                        provider.remove("version");
                    }
                });
            }
        }
    }

    /** Only stacks of the AWS provider: the mirror holds no other provider, so terraform could not judge them. */
    private static boolean awsOnly(ObjectNode document) {
        java.util.Set<String> providers = new java.util.TreeSet<>();
        for (String kind : List.of("resource", "data")) {
            document.path(kind).fieldNames().forEachRemaining(type -> providers.add(ProviderSchemas.providerOf(type)));
        }
        document.path("terraform").path("required_providers").fieldNames().forEachRemaining(providers::add);
        providers.remove("terraform"); // built-in: terraform_data, terraform_remote_state
        providers.remove("//");
        return providers.stream().allMatch(p -> p.equals("aws"));
    }

    private static Map<String, ObjectNode> baseStacks() throws IOException {
        Map<String, ObjectNode> stacks = new TreeMap<>();
        List<Path> roots = new ArrayList<>(List.of(Path.of("test/resources/validate/stacks")));
        String extra = System.getProperty("haevn.differential.stacks", "");
        if (!extra.isBlank()) {
            roots.add(Path.of(extra));
        }
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".tf.json")).sorted().toList()) {
                    ObjectNode document = (ObjectNode) MAPPER.readTree(file.toFile());
                    if (awsOnly(document)) {
                        stacks.put(root.relativize(file).toString(), document);
                    } else {
                        System.out.println("[differential] skipping " + file + ": uses providers other than aws");
                    }
                }
            }
        }
        return stacks;
    }

    private TerraformRunner terraformOrSkip() throws IOException {
        Optional<TerraformRunner> runner = TerraformRunner.offline(work.resolve("terraform"));
        if (runner.isEmpty()) {
            String message = "terraform on the PATH and " + ProviderMirror.VARIABLE + " (a provider mirror folder "
                    + "in terraform's filesystem_mirror layout) are needed for the differential test";
            if (Boolean.getBoolean("haevn.requireTerraform")) {
                fail(message + ", and haevn.requireTerraform=true makes it mandatory");
            }
            System.err.println("!!! SKIPPING DifferentialTest: " + message);
            Assumptions.abort(message);
        }
        return runner.get();
    }
}
