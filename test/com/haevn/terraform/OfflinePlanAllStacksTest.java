package com.haevn.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.synth.SynthResult;
import com.haevn.terraform.plan.OfflinePlanner;
import com.haevn.terraform.plan.StackPlan;
import com.haevn.terraform.plan.SynthesizedStack;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stack of every environment that uses only the AWS provider plans offline with the real terraform and the
 * pinned provider: no plan error, plan JSON next to each stack, the provider linked from the shared plugin cache.
 * The stacks come from the synthesized output, so a new layer is covered as soon as it synthesizes.
 */
class OfflinePlanAllStacksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path output;
    private static Path work;
    private static List<String> awsStacks;
    private static List<StackPlan> plans;

    @BeforeAll
    static void plan_every_aws_only_stack() throws Exception {
        TerraformRunner terraform = TerraformAvailability.requireOfflineRunner();
        SynthResult synth = SynthesizedPlatform.get();
        output = copyOf(synth.outputDirectory());
        awsStacks = synth.resourcesByStack().keySet().stream()
                .filter(stack -> SynthesizedStack.read(output, stack).awsOnly()).toList();
        work = Path.of("app", "target", "terraform", "plan-all").toAbsolutePath();
        plans = new OfflinePlanner(terraform, work, Runtime.getRuntime().availableProcessors())
                .plan(output, awsStacks, plan -> System.out.println("[offline plan] " + plan.line()));
    }

    /** The shared synth output stays as other tests expect it: plans go into a copy. */
    private static Path copyOf(Path synthesized) throws Exception {
        Path copy = Files.createTempDirectory("haevn-plan-all-").resolve("cdktf.out");
        try (Stream<Path> files = Files.walk(synthesized)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(synthesized.relativize(source));
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }

    @Test
    void should_plan_every_aws_only_stack_without_error() {
        assertThat(awsStacks).as("AWS-only stacks in the synthesized output").isNotEmpty();
        assertThat(plans).extracting(StackPlan::stack).containsExactlyElementsOf(awsStacks);
        assertThat(plans.stream().filter(p -> !(p instanceof StackPlan.Planned)).map(StackPlan::line))
                .as("stacks that did not plan").isEmpty();
    }

    @Test
    void should_write_plan_json_that_creates_the_synthesized_resources() throws Exception {
        for (StackPlan plan : plans) {
            StackPlan.Planned planned = (StackPlan.Planned) plan;
            JsonNode json = JSON.readTree(output.resolve("stacks").resolve(plan.stack())
                    .resolve(OfflinePlanner.PLAN_FILE).toFile());
            JsonNode configured = JSON.readTree(output.resolve("stacks").resolve(plan.stack())
                    .resolve(SynthesizedStack.FILE_NAME).toFile()).path("resource");
            int resources = 0;
            for (JsonNode type : configured) {
                resources += type.size();
            }
            assertThat(json.path("format_version").asText()).as(plan.stack()).isNotEmpty();
            assertThat(resources).as(plan.stack() + " declares resources").isPositive();
            assertThat(planned.toAdd()).as(plan.stack() + ": a fresh state creates every resource")
                    .isGreaterThanOrEqualTo(resources);
            assertThat(planned.toChange() + planned.toDestroy()).as(plan.stack()).isZero();
        }
    }

    @Test
    void should_link_the_provider_from_the_shared_plugin_cache_instead_of_copying_it() throws Exception {
        for (String stack : awsStacks) {
            try (Stream<Path> installed = Files.walk(work.resolve(stack).resolve(".terraform").resolve("providers"))) {
                List<Path> platforms = installed.filter(p -> p.getFileName().toString().matches("[a-z0-9]+_[a-z0-9]+"))
                        .toList();
                assertThat(platforms).as(stack).isNotEmpty()
                        .allSatisfy(p -> assertThat(Files.isSymbolicLink(p)).as(p + " is a link").isTrue());
            }
        }
    }
}
