package com.haevn.terraform.plan;

import com.haevn.terraform.TerraformRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the planner decides before terraform runs: stacks with other providers are skipped with the reason, a
 * consumer whose producer lacks an output it reads fails with the output named. terraform is never started here
 * (the runner points at a program that does not exist).
 */
class OfflinePlannerTest {

    @TempDir
    Path temp;

    private final TerraformRunner noTerraform = new TerraformRunner(Path.of("no-such-terraform"), Path.of("none.tfrc"));

    private Path output() {
        return temp.resolve("cdktf.out");
    }

    private void stack(String name, String json) throws Exception {
        Path directory = Files.createDirectories(output().resolve("stacks").resolve(name));
        Files.writeString(directory.resolve(SynthesizedStack.FILE_NAME), json);
    }

    @Test
    void should_skip_a_stack_with_providers_other_than_aws_and_say_why() throws Exception {
        stack("prod-global-edge", """
                {"terraform": {"required_providers": {"aws": {"source": "aws"},
                                                      "cloudflare": {"source": "cloudflare/cloudflare"}}}}
                """);
        List<String> reported = new ArrayList<>();

        List<StackPlan> plans = new OfflinePlanner(noTerraform, temp.resolve("work"), 2)
                .plan(output(), List.of("prod-global-edge"), plan -> reported.add(plan.line()));

        assertThat(plans.get(0)).isInstanceOf(StackPlan.Skipped.class);
        assertThat(reported).containsExactly("prod-global-edge: skipped, it uses the providers aws, cloudflare and"
                + " offline plans cover stacks that use only the AWS provider (the only one the provider mirror"
                + " holds)");
        assertThat(temp.resolve("work")).doesNotExist();
    }

    @Test
    void should_fail_a_consumer_whose_producer_lacks_an_output_it_reads() throws Exception {
        stack("dev-use1-network", """
                {"terraform": {"required_providers": {"aws": {"source": "aws"}}},
                 "provider": {"aws": [{"region": "us-east-1"}]}, "output": {}}
                """);
        stack("dev-use1-runtime", """
                {"terraform": {"required_providers": {"aws": {"source": "aws"}}},
                 "provider": {"aws": [{"region": "us-east-1"}]},
                 "data": {"terraform_remote_state": {"net": {"backend": "s3",
                   "config": {"bucket": "b", "key": "dev-use1-network/terraform.tfstate", "region": "us-east-1"}}}},
                 "resource": {"aws_security_group": {"sg": {
                   "vpc_id": "${data.terraform_remote_state.net.outputs.vpc_id}"}}}}
                """);

        List<StackPlan> plans = new OfflinePlanner(noTerraform, temp.resolve("work"), 1)
                .plan(output(), List.of("dev-use1-runtime"), plan -> { });

        StackPlan.Failed failed = (StackPlan.Failed) plans.get(0);
        assertThat(failed.step()).isEqualTo("preparing the offline work folder");
        assertThat(failed.diagnosis()).contains("stack dev-use1-network has no output 'vpc_id'");
        assertThat(failed.line()).startsWith("dev-use1-runtime: preparing the offline work folder failed");
    }

    @Test
    void should_report_a_terraform_that_cannot_run_as_the_stack_failure() throws Exception {
        stack("dev-use1-network", """
                {"terraform": {"required_providers": {"aws": {"source": "aws"}}},
                 "provider": {"aws": [{"region": "us-east-1"}]}}
                """);

        List<StackPlan> plans = new OfflinePlanner(noTerraform, temp.resolve("work"), 1)
                .plan(output(), List.of("dev-use1-network"), plan -> { });

        StackPlan.Failed failed = (StackPlan.Failed) plans.get(0);
        assertThat(failed.step()).isEqualTo("terraform init");
        assertThat(failed.diagnosis()).contains("no-such-terraform");
        assertThat(temp.resolve("work").resolve("dev-use1-network").resolve(OfflineWorkspace.OVERRIDE_FILE)).exists();
    }
}
