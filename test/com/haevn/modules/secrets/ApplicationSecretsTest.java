package com.haevn.modules.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.lambda_function.LambdaFunction;
import com.hashicorp.cdktf.providers.aws.lambda_permission.LambdaPermission;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret.SecretsmanagerSecret;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret_rotation.SecretsmanagerSecretRotation;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.serverlessapplicationrepository_cloudformation_stack.ServerlessapplicationrepositoryCloudformationStack;
import com.hashicorp.cdktf.providers.aws.vpc_endpoint.VpcEndpoint;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_egress_rule.VpcSecurityGroupEgressRule;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The secrets construct synthesized from its own props: a generated, a database-user and an external secret in
 * eu-central-1 with a replica in eu-west-1.
 */
class ApplicationSecretsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NODES = "sg-0nodes";
    @TempDir
    static Path work;
    private static Path source;
    private static JsonNode resources;
    private static Path stackDirectory;

    static ApplicationSecretsProps.Builder props(List<ReplicaRegion> replicas) {
        return ApplicationSecretsProps.builder()
                .resourcePrefix("team")
                .secretNamePrefix("team/test/")
                .accountId("123456789012")
                .region("eu-central-1")
                .vpcId("vpc-0abc")
                .privateSubnetIds(List.of("subnet-a", "subnet-b"))
                .vpcCidr("10.9.0.0/16")
                .clientSecurityGroupIds(List.of(NODES))
                .secrets(List.of(new SecretSpec.Generated("api-key", 45, 40),
                        new SecretSpec.DatabaseUser("database/app", 30, "app_user"),
                        new SecretSpec.External("vendor-token", "vendor-team", "the vendor issues and rotates it")))
                .replicas(replicas)
                .functionSource(source)
                .packageDirectory(work.resolve("packages"))
                .logRetentionDays(60)
                .databaseRotationVersion("1.1.671");
    }

    @BeforeAll
    static void synth() throws Exception {
        source = Files.createDirectories(work.resolve("function"));
        Files.writeString(source.resolve("rotate.py"), "def handler(event, context):\n    pass\n");
        // a real synth: Testing.synth drops the "//" blocks that carry suppressions, and copies no assets
        Path out = work.resolve("out");
        App app = new App(AppConfig.builder().outdir(out.toString()).build());
        TerraformStack stack = new TerraformStack(app, "secrets-test");
        AwsProvider.Builder.create(stack, "aws").region("eu-central-1").build();
        AwsProvider west = AwsProvider.Builder.create(stack, "aws-west").region("eu-west-1").alias("euw1").build();
        new ApplicationSecrets(stack, "secrets", props(List.of(new ReplicaRegion("eu-west-1", west))).build());
        app.synth();
        stackDirectory = out.resolve("stacks/secrets-test");
        resources = JSON.readTree(stackDirectory.resolve("cdk.tf.json").toFile()).path("resource");
    }

    private static List<JsonNode> all(String type) {
        List<JsonNode> found = new ArrayList<>();
        resources.path(type).elements().forEachRemaining(found::add);
        return found;
    }

    private static String name(String type, java.util.function.Predicate<JsonNode> which) {
        var fields = resources.path(type).fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            if (which.test(entry.getValue())) {
                return entry.getKey();
            }
        }
        throw new AssertionError("no " + type + " matches");
    }

    private static String ref(String type, java.util.function.Predicate<JsonNode> which, String attribute) {
        return "${" + type + "." + name(type, which) + "." + attribute + "}";
    }

    private static JsonNode secret(String name) {
        return all(SecretsmanagerSecret.TF_RESOURCE_TYPE).stream()
                .filter(s -> s.path("name").asText().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode rotationOf(String secretName) {
        String id = "${" + SecretsmanagerSecret.TF_RESOURCE_TYPE + "."
                + name(SecretsmanagerSecret.TF_RESOURCE_TYPE, s -> s.path("name").asText().equals(secretName)) + ".id}";
        return all(SecretsmanagerSecretRotation.TF_RESOURCE_TYPE).stream()
                .filter(r -> r.path("secret_id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode json(JsonNode text) throws Exception {
        return JSON.readTree(text.asText());
    }

    @Test
    void should_write_no_secret_value() {
        assertThat(resources.has("aws_secretsmanager_secret_version")).isFalse();
    }

    @Test
    void should_encrypt_each_secret_with_the_key_and_its_replica_with_the_other_regions_key() {
        String key = ref(KmsKey.TF_RESOURCE_TYPE, k -> k.path("provider").isMissingNode(), "arn");
        String westKey = ref(KmsKey.TF_RESOURCE_TYPE, k -> k.path("provider").asText().equals("aws.euw1"), "arn");
        assertThat(all(KmsKey.TF_RESOURCE_TYPE)).hasSize(2)
                .allSatisfy(k -> assertThat(k.path("enable_key_rotation").asBoolean()).isTrue());
        for (String name : List.of("team/test/api-key", "team/test/database/app", "team/test/vendor-token")) {
            JsonNode secret = secret(name);
            assertThat(secret.path("kms_key_id").asText()).as(name).isEqualTo(key);
            assertThat(secret.path("recovery_window_in_days").asInt()).isEqualTo(30);
            assertThat(secret.path("replica")).hasSize(1);
            assertThat(secret.path("replica").get(0).path("region").asText()).isEqualTo("eu-west-1");
            assertThat(secret.path("replica").get(0).path("kms_key_id").asText()).isEqualTo(westKey);
        }
    }

    @Test
    void should_rotate_a_generated_secret_with_the_function_right_away_and_a_database_user_on_schedule() {
        JsonNode generated = rotationOf("team/test/api-key");
        assertThat(generated.path("rotation_lambda_arn").asText())
                .isEqualTo(ref(LambdaFunction.TF_RESOURCE_TYPE, f -> true, "arn"));
        assertThat(generated.path("rotation_rules").path("automatically_after_days").asInt()).isEqualTo(45);
        assertThat(generated.path("rotate_immediately").asBoolean()).isTrue();
        assertThat(generated.path("//").path("suppressions").get(0).path("rule").asText()).isEqualTo("HVN-TF-103");
        assertThat(generated.path("depends_on").toString())
                .contains(LambdaPermission.TF_RESOURCE_TYPE, VpcEndpoint.TF_RESOURCE_TYPE);

        JsonNode database = rotationOf("team/test/database/app");
        String application = name(ServerlessapplicationrepositoryCloudformationStack.TF_RESOURCE_TYPE, a -> true);
        assertThat(database.path("rotation_lambda_arn").asText()).isEqualTo("${"
                + ServerlessapplicationrepositoryCloudformationStack.TF_RESOURCE_TYPE + "." + application
                + ".outputs[\"RotationLambdaARN\"]}");
        assertThat(database.path("rotation_rules").path("automatically_after_days").asInt()).isEqualTo(30);
        assertThat(database.path("rotate_immediately").isBoolean()).isTrue();
        assertThat(database.path("rotate_immediately").asBoolean()).isFalse();
        assertThat(all(SecretsmanagerSecretRotation.TF_RESOURCE_TYPE)).hasSize(2);
    }

    @Test
    void should_not_rotate_an_external_secret_and_say_who_does() {
        JsonNode external = secret("team/test/vendor-token");
        assertThat(external.path("//").path("suppressions").get(0).path("rule").asText()).isEqualTo("HVN-SEC-001");
        assertThat(external.path("//").path("suppressions").get(0).path("reason").asText())
                .contains("owner vendor-team", "the vendor issues and rotates it");
        assertThat(external.path("tags").path("haevn:rotated-by").asText()).isEqualTo("vendor-team");
    }

    @Test
    void should_tag_a_generated_secret_with_the_length_the_function_reads() {
        assertThat(secret("team/test/api-key").path("tags").path("haevn:password-length").asText()).isEqualTo("40");
    }

    @Test
    void should_run_the_function_in_the_private_subnets_from_a_deterministic_package() {
        JsonNode function = all(LambdaFunction.TF_RESOURCE_TYPE).get(0);
        assertThat(function.path("function_name").asText()).isEqualTo("team-secret-rotation");
        assertThat(function.path("runtime").asText()).isEqualTo("python3.12");
        assertThat(function.path("handler").asText()).isEqualTo("rotate.handler");
        assertThat(function.path("vpc_config").path("subnet_ids").toString()).isEqualTo("[\"subnet-a\",\"subnet-b\"]");
        assertThat(function.path("vpc_config").path("security_group_ids").get(0).asText()).isEqualTo(
                ref(SecurityGroup.TF_RESOURCE_TYPE, g -> g.path("name").asText().equals("team-secret-rotation"), "id"));
        assertThat(function.path("filename").asText()).startsWith("assets/").endsWith(".zip");
        assertThat(stackDirectory.resolve(function.path("filename").asText()))
                .hasBinaryContent(FunctionPackage.of(source).bytes());
        assertThat(function.path("source_code_hash").asText()).isEqualTo(FunctionPackage.of(source).base64Sha256());
    }

    @Test
    void should_let_secrets_manager_invoke_the_function_for_each_generated_secret_only() {
        List<JsonNode> permissions = all(LambdaPermission.TF_RESOURCE_TYPE);
        assertThat(permissions).hasSize(1);
        assertThat(permissions.get(0).path("principal").asText()).isEqualTo("secretsmanager.amazonaws.com");
        assertThat(permissions.get(0).path("source_arn").asText()).isEqualTo(ref(SecretsmanagerSecret.TF_RESOURCE_TYPE,
                s -> s.path("name").asText().equals("team/test/api-key"), "arn"));
        assertThat(permissions.get(0).path("source_account").asText()).isEqualTo("123456789012");
    }

    @Test
    void should_allow_the_function_only_its_own_secrets_keys_and_logs() throws Exception {
        JsonNode statements = json(all(IamRolePolicy.TF_RESOURCE_TYPE).get(0).path("policy")).path("Statement");
        String apiKey = ref(SecretsmanagerSecret.TF_RESOURCE_TYPE,
                s -> s.path("name").asText().equals("team/test/api-key"), "arn");
        List<String> sids = new ArrayList<>();
        for (JsonNode statement : statements) {
            sids.add(statement.path("Sid").asText());
            if (statement.path("Sid").asText().equals("RotateTheseSecrets")) {
                assertThat(statement.path("Resource").toString()).isEqualTo("[\"" + apiKey + "\"]");
            }
            if (statement.path("Sid").asText().equals("UseTheSecretsKeys")) {
                assertThat(statement.path("Resource")).hasSize(2);
            }
            if (statement.path("Sid").asText().equals("WriteItsLogs")) {
                assertThat(statement.path("Resource").get(0).asText()).isEqualTo(
                        ref(CloudwatchLogGroup.TF_RESOURCE_TYPE, g -> true, "arn") + ":*");
            }
        }
        assertThat(sids).containsExactly("RotateTheseSecrets", "GenerateValues", "UseTheSecretsKeys", "WriteItsLogs",
                "AttachToTheVpc");
    }

    @Test
    void should_encrypt_the_functions_logs_with_the_key_and_keep_them_as_configured() throws Exception {
        JsonNode logs = all(CloudwatchLogGroup.TF_RESOURCE_TYPE).get(0);
        String key = name(KmsKey.TF_RESOURCE_TYPE, k -> k.path("provider").isMissingNode());
        assertThat(logs.path("name").asText()).isEqualTo("/aws/lambda/team-secret-rotation");
        assertThat(logs.path("retention_in_days").asInt()).isEqualTo(60);
        assertThat(logs.path("kms_key_id").asText()).isEqualTo("${aws_kms_key." + key + ".arn}");
        JsonNode policy = json(resources.path(KmsKey.TF_RESOURCE_TYPE).path(key).path("policy"));
        assertThat(policy.path("Statement").get(1).path("Principal").path("Service").asText())
                .isEqualTo("logs.eu-central-1.amazonaws.com");
        assertThat(policy.path("Statement").get(1).path("Condition").path("ArnEquals")
                .path("kms:EncryptionContext:aws:logs:arn").asText())
                .isEqualTo("arn:aws:logs:eu-central-1:123456789012:log-group:/aws/lambda/team-secret-rotation");
    }

    @Test
    void should_reach_secrets_manager_through_a_private_interface_endpoint_open_to_its_clients_only() {
        JsonNode endpoint = all(VpcEndpoint.TF_RESOURCE_TYPE).get(0);
        String endpointGroup = ref(SecurityGroup.TF_RESOURCE_TYPE,
                g -> g.path("name").asText().equals("team-secretsmanager-endpoint"), "id");
        assertThat(endpoint.path("service_name").asText()).isEqualTo("com.amazonaws.eu-central-1.secretsmanager");
        assertThat(endpoint.path("vpc_endpoint_type").asText()).isEqualTo("Interface");
        assertThat(endpoint.path("private_dns_enabled").asBoolean()).isTrue();
        assertThat(endpoint.path("subnet_ids").toString()).isEqualTo("[\"subnet-a\",\"subnet-b\"]");
        assertThat(endpoint.path("security_group_ids").get(0).asText()).isEqualTo(endpointGroup);
        List<JsonNode> ingress = all(VpcSecurityGroupIngressRule.TF_RESOURCE_TYPE);
        assertThat(ingress).allSatisfy(rule -> {
            assertThat(rule.path("security_group_id").asText()).isEqualTo(endpointGroup);
            assertThat(rule.path("from_port").asInt()).isEqualTo(443);
            assertThat(rule.path("to_port").asInt()).isEqualTo(443);
        });
        assertThat(ingress).extracting(rule -> rule.path("referenced_security_group_id").asText())
                .containsExactlyInAnyOrder(
                        ref(SecurityGroup.TF_RESOURCE_TYPE, g -> g.path("name").asText().equals("team-secret-rotation"), "id"),
                        ref(SecurityGroup.TF_RESOURCE_TYPE, g -> g.path("name").asText().equals("team-database-rotation"), "id"),
                        NODES);
    }

    @Test
    void should_send_only_https_to_the_endpoint_from_the_function_and_postgresql_into_the_vpc_from_the_database_rotation() {
        String endpointGroup = ref(SecurityGroup.TF_RESOURCE_TYPE,
                g -> g.path("name").asText().equals("team-secretsmanager-endpoint"), "id");
        String function = ref(SecurityGroup.TF_RESOURCE_TYPE,
                g -> g.path("name").asText().equals("team-secret-rotation"), "id");
        List<JsonNode> egress = all(VpcSecurityGroupEgressRule.TF_RESOURCE_TYPE);
        assertThat(egress).hasSize(3);
        assertThat(egress).filteredOn(r -> r.path("security_group_id").asText().equals(function)).singleElement()
                .satisfies(r -> {
                    assertThat(r.path("referenced_security_group_id").asText()).isEqualTo(endpointGroup);
                    assertThat(r.path("from_port").asInt()).isEqualTo(443);
                });
        assertThat(egress).filteredOn(r -> r.path("cidr_ipv4").asText().equals("10.9.0.0/16")).singleElement()
                .satisfies(r -> assertThat(r.path("from_port").asInt()).isEqualTo(5432));
    }

    @Test
    void should_deploy_aws_postgresql_single_user_rotation_at_the_pinned_version_in_the_private_subnets() {
        JsonNode application = all(ServerlessapplicationrepositoryCloudformationStack.TF_RESOURCE_TYPE).get(0);
        assertThat(application.path("application_id").asText()).endsWith(
                ":297356227824:applications/SecretsManagerRDSPostgreSQLRotationSingleUser");
        assertThat(application.path("semantic_version").asText()).isEqualTo("1.1.671");
        assertThat(application.path("capabilities").toString())
                .isEqualTo("[\"CAPABILITY_IAM\",\"CAPABILITY_RESOURCE_POLICY\"]");
        JsonNode parameters = application.path("parameters");
        assertThat(parameters.path("endpoint").asText()).isEqualTo("https://secretsmanager.eu-central-1.amazonaws.com");
        assertThat(parameters.path("functionName").asText()).isEqualTo("team-database-rotation");
        assertThat(parameters.path("vpcSubnetIds").asText()).isEqualTo("${join(\",\", [\"subnet-a\", \"subnet-b\"])}");
        assertThat(parameters.path("kmsKeyArn").asText())
                .isEqualTo(ref(KmsKey.TF_RESOURCE_TYPE, k -> k.path("provider").isMissingNode(), "arn"));
    }

    @Test
    void should_refuse_rotation_beyond_90_days_and_a_secret_defined_twice() {
        assertThatThrownBy(() -> new SecretSpec.Generated("api-key", 91, 40))
                .hasMessage("secret api-key: rotationDays must be 1..90, got 91");
        assertThatThrownBy(() -> props(List.of()).secrets(List.of(new SecretSpec.Generated("a", 30, 40),
                new SecretSpec.Generated("a", 30, 40))).build()).hasMessage("secret a is defined twice");
        assertThatThrownBy(() -> props(List.of()).databaseRotationVersion(null).build())
                .hasMessageStartingWith("database-user secrets need databaseRotationVersion");
    }
}
