package com.haevn.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.stacks.PlatformStack;
import com.haevn.synth.DependencyLock;
import com.haevn.terraform.TerraformAvailability;
import com.haevn.terraform.TerraformRunner;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.S3Backend;
import com.hashicorp.cdktf.S3BackendConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.TerraformVariable;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.lb_target_group.LbTargetGroup;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.sqs_queue.SqsQueue;
import com.hashicorp.cdktf.providers.aws.ssm_parameter.SsmParameter;
import com.hashicorp.cdktf.providers.aws.subnet.Subnet;
import com.hashicorp.cdktf.providers.aws.vpc.Vpc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer stack that reads a producer's outputs through cdktf's cross-stack references (an S3
 * {@code terraform_remote_state} with bucket, region, KMS key and lock table) plans offline: the remote state is
 * replaced by a local state file whose values the AWS provider accepts, and they reach the planned resources.
 */
class RemoteStatePlanTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "430987654321";
    private static final String PRODUCER = "test-usw2-network";
    private static final String CONSUMER = "test-usw2-runtime";

    private static Path output;
    private static Path work;
    private static List<StackPlan> plans;

    @BeforeAll
    static void synthesize_and_plan_a_producer_and_its_consumer() throws Exception {
        TerraformRunner terraform = TerraformAvailability.requireOfflineRunner();
        output = Files.createTempDirectory("haevn-remote-state-").resolve("cdktf.out");
        App app = new App(AppConfig.builder().outdir(output.toString()).stackTraces(false).build());

        TerraformStack producer = stack(app, PRODUCER);
        Vpc vpc = Vpc.Builder.create(producer, "vpc").cidrBlock("10.30.0.0/16").build();
        Subnet subnet = Subnet.Builder.create(producer, "private").vpcId(vpc.getId()).cidrBlock("10.30.0.0/20")
                .availabilityZone("us-west-2a").build();
        IamRole role = IamRole.Builder.create(producer, "nodes").name("test-nodes")
                .assumeRolePolicy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}")
                .build();
        SqsQueue queue = SqsQueue.Builder.create(producer, "orders").name("test-orders").build();

        TerraformStack consumer = stack(app, CONSUMER);
        TerraformVariable originHeader = TerraformVariable.Builder.create(consumer, "origin_header_value")
                .type("string").sensitive(true).description("from a CI secret at plan time").build();
        SecurityGroup.Builder.create(consumer, "nodes_sg").name("test-nodes").description("nodes")
                .vpcId(vpc.getId()).build();
        LbTargetGroup.Builder.create(consumer, "blue").name("test-blue").port(80).protocol("HTTP").targetType("ip")
                .vpcId(vpc.getId()).build();
        IamRolePolicy.Builder.create(consumer, "send").role(role.getName())
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                        + "\"sqs:SendMessage\",\"Resource\":\"" + queue.getArn() + "\"}]}")
                .build();
        SsmParameter.Builder.create(consumer, "subnet").name("/test/subnet").type("String")
                .value(subnet.getId()).build();
        SsmParameter.Builder.create(consumer, "origin").name("/test/origin-header").type("SecureString")
                .value(originHeader.getStringValue()).build();
        app.synth();
        for (String stack : List.of(PRODUCER, CONSUMER)) {
            Files.copy(Path.of(DependencyLock.FILE_NAME), output.resolve("stacks").resolve(stack)
                    .resolve(DependencyLock.FILE_NAME));
        }

        work = Path.of("app", "target", "terraform", "remote-state-plan").toAbsolutePath();
        plans = new OfflinePlanner(terraform, work, 2).plan(output, List.of(PRODUCER, CONSUMER), p -> { });
    }

    /** A stack as the platform's are: the pinned AWS provider of one region and account, an S3 backend. */
    private static TerraformStack stack(App app, String name) {
        TerraformStack stack = new TerraformStack(app, name);
        AwsProvider.Builder.create(stack, "aws").region("us-west-2").allowedAccountIds(List.of(ACCOUNT)).build();
        stack.addOverride("terraform.required_providers.aws.version", PlatformStack.AWS_PROVIDER_CONSTRAINT);
        new S3Backend(stack, S3BackendConfig.builder().bucket("haevn-test-tfstate-" + ACCOUNT + "-usw2")
                .key(name + "/terraform.tfstate").region("us-west-2").dynamodbTable("haevn-test-tfstate-lock")
                .encrypt(true)
                .kmsKeyId("arn:aws:kms:us-west-2:" + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab")
                .build());
        return stack;
    }

    @Test
    void should_read_the_producer_through_an_s3_remote_state() throws Exception {
        Path consumer = output.resolve("stacks").resolve(CONSUMER).resolve("cdk.tf.json");
        JsonNode remoteStates = JSON.readTree(consumer.toFile()).path("data").path("terraform_remote_state");

        assertThat(remoteStates.size()).isEqualTo(1);
        JsonNode remoteState = remoteStates.elements().next();
        assertThat(remoteState.path("backend").asText()).isEqualTo("s3");
        assertThat(remoteState.path("config").path("key").asText()).isEqualTo(PRODUCER + "/terraform.tfstate");
        assertThat(remoteState.path("config").path("kms_key_id").asText()).startsWith("arn:aws:kms:");
    }

    @Test
    void should_plan_both_stacks() {
        assertThat(plans).allSatisfy(plan -> assertThat(plan).as(plan.line()).isInstanceOf(StackPlan.Planned.class));
        assertThat(plans).extracting(StackPlan::line)
                .anySatisfy(line -> assertThat(line).startsWith(CONSUMER + ": 5 to add, 0 to change, 0 to destroy"));
    }

    @Test
    void should_give_the_consumer_the_values_of_the_local_state_file() throws Exception {
        JsonNode state = JSON.readTree(work.resolve(CONSUMER).resolve(OfflineWorkspace.REMOTE_STATE_DIRECTORY)
                .resolve(PRODUCER + ".tfstate").toFile());
        List<String> stateValues = new ArrayList<>();
        state.path("outputs").forEach(o -> stateValues.add(o.path("value").asText()));
        JsonNode resources = JSON.readTree(output.resolve("stacks").resolve(CONSUMER).resolve(OfflinePlanner.PLAN_FILE)
                .toFile()).path("planned_values").path("root_module").path("resources");

        String vpcId = plannedValue(resources, "aws_security_group.nodes_sg", "vpc_id");
        assertThat(vpcId).matches("vpc-0[0-9a-f]{16}").isIn(stateValues);
        assertThat(plannedValue(resources, "aws_lb_target_group.blue", "vpc_id")).isEqualTo(vpcId);
        assertThat(plannedValue(resources, "aws_ssm_parameter.subnet", "value")).matches("subnet-0[0-9a-f]{16}")
                .isIn(stateValues);
        assertThat(plannedValue(resources, "aws_iam_role_policy.send", "role")).isEqualTo("test-nodes");
        assertThat(plannedValue(resources, "aws_iam_role_policy.send", "policy"))
                .contains("arn:aws:sqs:us-west-2:" + ACCOUNT + ":test-orders");
    }

    @Test
    void should_feed_the_sensitive_variable_a_dummy_only_in_the_work_folder() throws Exception {
        JsonNode dummies = JSON.readTree(work.resolve(CONSUMER).resolve(OfflineWorkspace.VARIABLES_FILE).toFile());

        assertThat(dummies.path("origin_header_value").asText()).startsWith("offline-plan-dummy-");
        assertThat(output.resolve("stacks").resolve(CONSUMER).resolve(OfflineWorkspace.VARIABLES_FILE)).doesNotExist();
    }

    private static String plannedValue(JsonNode resources, String address, String attribute) {
        for (JsonNode resource : resources) {
            if (resource.path("address").asText().equals(address)) {
                JsonNode value = resource.path("values").path(attribute);
                return value.isMissingNode() || value.isNull() ? null : value.asText();
            }
        }
        throw new AssertionError("the plan has no " + address);
    }
}
