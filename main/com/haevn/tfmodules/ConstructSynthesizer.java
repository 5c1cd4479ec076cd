package com.haevn.tfmodules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Synthesizes a recipe's construct alone in a scratch stack and returns the stack's Terraform JSON. */
public final class ConstructSynthesizer {

    /** The scratch stack's name: the first segment of every resource's construct path. */
    public static final String STACK = "module";
    /** The id a recipe gives its construct in the scratch stack: the second segment of every resource's path. */
    public static final String ROOT = "construct";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConstructSynthesizer() {
    }

    /** @param inputs the given inputs; the recipe's defaults fill the others */
    public static ObjectNode synthesize(ModuleRecipe recipe, Map<String, Object> inputs) {
        ModuleValues values = ModuleValues.of(recipe.inputs(), inputs);
        Path outdir;
        try {
            outdir = Files.createTempDirectory("haevn-module-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            App app = new App(AppConfig.builder().outdir(outdir.toString()).stackTraces(false).build());
            TerraformStack stack = new TerraformStack(app, STACK);
            // the provider is needed to synthesize and stripped from the module: the caller configures it
            AwsProvider.Builder.create(stack, "aws").region("us-east-1").build();
            List<ModuleOutput> outputs = recipe.build(stack, values);
            for (ModuleOutput output : outputs) {
                TerraformOutput.Builder.create(stack, output.name()).value(output.value())
                        .description(output.description()).build();
            }
            app.synth();
            return (ObjectNode) MAPPER.readTree(outdir.resolve("stacks").resolve(STACK).resolve("cdk.tf.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(outdir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
