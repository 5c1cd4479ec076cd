package com.haevn.validate.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.terraform.TerraformDiagnostic;
import com.haevn.terraform.TerraformRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/**
 * One root module that calls many small child modules ({@code m0}, {@code m1}, ...), so that one {@code terraform
 * init} and one {@code terraform validate -json} judge all of them: the way the differential tests batch their
 * cases. The root configures the AWS provider once; children inherit it.
 */
final class ModuleBatch {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final ObjectNode rootConfig = MAPPER.createObjectNode();
    private final ObjectNode calls;
    private final List<Path> files = new ArrayList<>();

    ModuleBatch(Path root) throws IOException {
        this.root = Files.createDirectories(root);
        rootConfig.putObject("terraform").putObject("required_providers").putObject("aws")
                .put("source", "hashicorp/aws").put("version", ">= 5.23.1, < 6.0.0");
        rootConfig.putObject("provider").putObject("aws").put("region", "us-east-1");
        calls = rootConfig.putObject("module");
    }

    /** The root module's configuration, for what every call shares (variables it passes on, ...). */
    ObjectNode rootConfig() {
        return rootConfig;
    }

    /** Writes a child module {@code m<N>/main.tf.json} and calls it from the root; returns the call object. */
    ObjectNode add(ObjectNode document) throws IOException {
        String name = "m" + files.size();
        Path dir = Files.createDirectories(root.resolve(name));
        Path file = dir.resolve("main.tf.json");
        Files.writeString(file, MAPPER.writeValueAsString(document));
        files.add(file);
        return calls.putObject(name).put("source", "./" + name);
    }

    /** The root module's folder (initialized once {@link #validate} ran). */
    Path root() {
        return root;
    }

    /** The file of the {@code index}th child module, for this validator to judge. */
    Path file(int index) {
        return files.get(index);
    }

    int size() {
        return files.size();
    }

    /**
     * Initializes and validates the batch; returns, per child module, terraform's errors about it. An error about
     * anything else (the root, a shared helper module) fails the test: the harness itself would be wrong.
     */
    List<List<TerraformDiagnostic>> validate(TerraformRunner terraform) throws Exception {
        Files.writeString(root.resolve("main.tf.json"), MAPPER.writeValueAsString(rootConfig));
        terraform.init(root);
        List<TerraformDiagnostic> diagnostics = terraform.validate(root);
        List<List<TerraformDiagnostic>> byModule = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            byModule.add(new ArrayList<>());
        }
        for (TerraformDiagnostic d : diagnostics) {
            if (!d.error()) {
                continue;
            }
            String file = d.filename().replace('\\', '/');
            int slash = file.indexOf('/');
            int index = file.startsWith("m") && slash > 1 ? parseIndex(file.substring(1, slash)) : -1;
            if (index < 0 || index >= files.size()) {
                fail("terraform reported an error outside the batch's modules: " + d);
            }
            byModule.get(index).add(d);
        }
        return byModule;
    }

    private static int parseIndex(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
