package com.haevn.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.synth.DependencyLock;
import com.haevn.synth.SynthResult;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every synthesized stack that uses only the AWS provider passes the real {@code terraform validate}, with no
 * error and no warning. Each is initialized with its dependency lock, so the provider is linked from the plugin cache.
 */
class TerraformValidateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_pass_terraform_validate_without_errors_or_warnings_for_every_aws_stack() throws Exception {
        TerraformRunner terraform = TerraformAvailability.requireOfflineRunner();
        SynthResult synth = SynthesizedPlatform.get();
        Path work = Files.createDirectories(Path.of("app", "target", "terraform", "validate"));
        List<String> awsStacks = new ArrayList<>();
        Map<String, String> problems = new LinkedHashMap<>();

        for (String stack : synth.resourcesByStack().keySet()) {
            JsonNode configuration = JSON.readTree(synth.stackFile(stack).toFile());
            List<String> providers = new ArrayList<>();
            configuration.path("terraform").path("required_providers").fieldNames().forEachRemaining(providers::add);
            if (!providers.equals(List.of("aws"))) {
                continue;
            }
            awsStacks.add(stack);
            Path directory = Files.createDirectories(work.resolve(stack));
            for (String file : List.of("cdk.tf.json", DependencyLock.FILE_NAME)) {
                Files.copy(synth.stackFile(stack).resolveSibling(file), directory.resolve(file),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            terraform.init(directory);
            List<TerraformDiagnostic> diagnostics = terraform.validate(directory);
            if (!diagnostics.isEmpty()) {
                problems.put(stack, diagnostics.toString());
            }
        }

        System.out.println("terraform validate passed for " + (awsStacks.size() - problems.size()) + " of "
                + awsStacks.size() + " AWS-only stacks: " + awsStacks);
        assertThat(awsStacks).as("AWS-only stacks found").isNotEmpty();
        assertThat(problems).as("stacks with terraform validate errors or warnings").isEmpty();
    }
}
