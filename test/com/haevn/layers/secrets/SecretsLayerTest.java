package com.haevn.layers.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.layers.Layers;
import com.haevn.modules.secrets.FunctionPackage;
import com.haevn.stacks.StackMatrix;
import com.haevn.synth.OutputDirectory;
import com.haevn.synth.SynthResult;
import com.haevn.synth.Synthesizer;
import com.haevn.testing.EnvironmentFixtures;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The secrets stacks of dev, staging and prod, as the environment files configure them. */
class SecretsLayerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> all(String stack, String type) {
        List<JsonNode> found = new ArrayList<>();
        SynthesizedPlatform.resources(stack, type).elements().forEachRemaining(found::add);
        return found;
    }

    private static String address(String stack, String type, Predicate<JsonNode> which) {
        Iterator<Map.Entry<String, JsonNode>> fields = SynthesizedPlatform.resources(stack, type).fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (which.test(entry.getValue())) {
                return type + "." + entry.getKey();
            }
        }
        throw new AssertionError("no " + type + " matches in " + stack);
    }

    private static JsonNode secret(String stack, String name) {
        return all(stack, "aws_secretsmanager_secret").stream().filter(s -> s.path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no secret " + name + " in " + stack));
    }

    private static JsonNode rotation(String stack, String name) {
        String id = "${" + address(stack, "aws_secretsmanager_secret", s -> s.path("name").asText().equals(name))
                + ".id}";
        return all(stack, "aws_secretsmanager_secret_rotation").stream()
                .filter(r -> r.path("secret_id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no rotation of " + name + " in " + stack));
    }

    private static String primaryKey(String stack) {
        return "${" + address(stack, "aws_kms_key", k -> k.path("provider").isMissingNode()) + ".arn}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void should_rotate_generated_secrets_with_the_repositorys_function_at_creation_and_within_90_days(String env) {
        String stack = env + "-global-secrets";
        String function = "${" + address(stack, "aws_lambda_function", f -> true) + ".arn}";
        Map<String, Integer> days = Map.of("session-signing-key", 30, "webhook-signing-key", 90);
        days.forEach((name, interval) -> {
            JsonNode rotation = rotation(stack, "haevn/" + env + "/" + name);
            assertThat(rotation.path("rotation_lambda_arn").asText()).isEqualTo(function);
            assertThat(rotation.path("rotation_rules").path("automatically_after_days").asInt()).isEqualTo(interval);
            assertThat(rotation.path("rotate_immediately").asBoolean()).isTrue();
        });
        assertThat(secret(stack, "haevn/" + env + "/session-signing-key").path("tags")
                .path("haevn:password-length").asText()).isEqualTo("64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "prod"})
    void should_rotate_the_database_master_secret_with_postgresql_single_user_rotation_on_schedule(String env) {
        String stack = env + "-global-secrets";
        JsonNode rotation = rotation(stack, "haevn/" + env + "/database/master");
        String application = address(stack, "aws_serverlessapplicationrepository_cloudformation_stack", a -> true);
        assertThat(rotation.path("rotation_lambda_arn").asText())
                .isEqualTo("${" + application + ".outputs[\"RotationLambdaARN\"]}");
        assertThat(rotation.path("rotation_rules").path("automatically_after_days").asInt()).isEqualTo(30);
        assertThat(rotation.path("rotate_immediately").asBoolean()).isFalse();
        JsonNode app = all(stack, "aws_serverlessapplicationrepository_cloudformation_stack").get(0);
        assertThat(app.path("application_id").asText()).endsWith("SecretsManagerRDSPostgreSQLRotationSingleUser");
        assertThat(app.path("semantic_version").asText()).isEqualTo("1.1.671");
        assertThat(app.path("parameters").path("kmsKeyArn").asText()).isEqualTo(primaryKey(stack));
        assertThat(app.path("parameters").path("vpcSubnetIds").asText()).contains("private_subnet_ids");
    }

    @Test
    void should_have_no_database_user_rotation_in_dev_which_uses_the_rds_managed_password() {
        assertThat(all("dev-global-secrets", "aws_serverlessapplicationrepository_cloudformation_stack")).isEmpty();
        assertThat(all("dev-global-secrets", "aws_secretsmanager_secret_rotation")).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void should_leave_the_grafana_token_to_its_issuer_with_owner_and_reason(String env) {
        String stack = env + "-global-secrets";
        JsonNode token = secret(stack, "haevn/" + env + "/grafana-cloud/otlp-token");
        JsonNode suppression = token.path("//").path("suppressions").get(0);
        assertThat(suppression.path("rule").asText()).isEqualTo("HVN-SEC-001");
        assertThat(suppression.path("reason").asText()).isEqualTo("rotated by its issuer, not here: owner "
                + "observability-team; Grafana Cloud issues the access policy token and sets its expiry; the owner "
                + "rotates it there");
        String id = "${" + address(stack, "aws_secretsmanager_secret",
                s -> s.path("name").asText().endsWith("otlp-token")) + ".id}";
        assertThat(all(stack, "aws_secretsmanager_secret_rotation"))
                .noneMatch(r -> r.path("secret_id").asText().equals(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "prod"})
    void should_replicate_every_secret_into_us_west_2_under_a_key_there_from_the_same_stack(String env) {
        String stack = env + "-global-secrets";
        JsonNode westKey = all(stack, "aws_kms_key").stream()
                .filter(k -> k.path("provider").asText().equals("aws.usw2")).findFirst().orElseThrow();
        assertThat(westKey.path("enable_key_rotation").asBoolean()).isTrue();
        String westKeyArn = "${" + address(stack, "aws_kms_key", k -> k.path("provider").asText().equals("aws.usw2"))
                + ".arn}";
        JsonNode provider = SynthesizedPlatform.stack(stack).path("provider").path("aws");
        assertThat(provider.toString()).contains("\"alias\":\"usw2\"", "\"region\":\"us-west-2\"");
        List<JsonNode> secrets = all(stack, "aws_secretsmanager_secret");
        assertThat(secrets).hasSize(4).allSatisfy(secret -> {
            assertThat(secret.path("kms_key_id").asText()).isEqualTo(primaryKey(stack));
            assertThat(secret.path("replica")).hasSize(1);
            assertThat(secret.path("replica").get(0).path("region").asText()).isEqualTo("us-west-2");
            assertThat(secret.path("replica").get(0).path("kms_key_id").asText()).isEqualTo(westKeyArn);
        });
        assertThat(SynthesizedPlatform.stack(stack).path("data").path("terraform_remote_state").toString())
                .doesNotContain("usw2");
    }

    @Test
    void should_keep_dev_in_one_region_without_replicas() {
        assertThat(all("dev-global-secrets", "aws_kms_key")).hasSize(1)
                .allSatisfy(k -> assertThat(k.path("enable_key_rotation").asBoolean()).isTrue());
        assertThat(all("dev-global-secrets", "aws_secretsmanager_secret")).hasSize(3)
                .allSatisfy(s -> assertThat(s.path("replica").isMissingNode() || s.path("replica").isEmpty()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void should_run_the_function_in_the_private_subnets_behind_the_secrets_manager_endpoint(String env) {
        String stack = env + "-global-secrets";
        JsonNode function = all(stack, "aws_lambda_function").get(0);
        assertThat(function.path("function_name").asText()).isEqualTo("haevn-" + env + "-secret-rotation");
        assertThat(function.path("vpc_config").path("subnet_ids").asText())
                .contains("terraform_remote_state", "private_subnet_ids");
        JsonNode endpoint = all(stack, "aws_vpc_endpoint").get(0);
        assertThat(endpoint.path("service_name").asText()).isEqualTo("com.amazonaws.us-east-1.secretsmanager");
        assertThat(endpoint.path("vpc_endpoint_type").asText()).isEqualTo("Interface");
        assertThat(endpoint.path("private_dns_enabled").asBoolean()).isTrue();
        assertThat(all(stack, "aws_vpc_security_group_ingress_rule"))
                .extracting(r -> r.path("referenced_security_group_id").asText())
                .anyMatch(group -> group.contains("node_security_group_id"));
        assertThat(all(stack, "aws_cloudwatch_log_group").get(0).path("kms_key_id").asText())
                .isEqualTo(primaryKey(stack));
    }

    @Test
    void should_write_no_secret_value_anywhere_in_cdktf_out() throws IOException {
        Path out = SynthesizedPlatform.get().outputDirectory();
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("cdk.tf.json")).toList()) {
                JsonNode stack = JSON.readTree(file.toFile());
                if (stack.path("resource").has("aws_secretsmanager_secret_version")) {
                    offending.add(file + ": aws_secretsmanager_secret_version");
                }
                literalValues(stack, "", offending, file);
            }
        }
        assertThat(offending).isEmpty();
        assertThat(SynthesizedPlatform.stack("prod-global-secrets").path("resource").has("aws_secretsmanager_secret"))
                .isTrue();
    }

    /** Secret-carrying arguments must be absent or references (a variable, another resource), never literals. */
    private static void literalValues(JsonNode node, String path, List<String> offending, Path file) {
        List<String> secretKeys = List.of("secret_string", "secret_binary", "password", "master_password",
                "auth_token", "secret_string_wo");
        node.fields().forEachRemaining(field -> {
            String at = path + "." + field.getKey();
            if (secretKeys.contains(field.getKey()) && field.getValue().isValueNode()
                    && !field.getValue().asText().startsWith("${")) {
                offending.add(file + ": " + at + " is a literal");
            }
            literalValues(field.getValue(), at, offending, file);
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                literalValues(node.get(i), path + "[" + i + "]", offending, file);
            }
        }
    }

    @Test
    void should_package_the_same_zip_on_every_synth_and_give_lambda_its_hash(@TempDir Path work) throws Exception {
        StackMatrix dev = StackMatrix.of(EnvironmentFixtures.load(Path.of("environments")), Layers.ALL)
                .select(List.of("dev"), List.of("dev-global-secrets"));
        SynthResult again = new Synthesizer().synthesize(dev, new OutputDirectory(work.resolve("cdktf.out")),
                Synthesizer.Progress.SILENT);

        byte[] first = zip(SynthesizedPlatform.get().stackFile("dev-global-secrets").getParent());
        byte[] second = zip(again.stackFile("dev-global-secrets").getParent());
        assertThat(second).isEqualTo(first);
        assertThat(first).isEqualTo(FunctionPackage.of(SecretsLayer.FUNCTION_SOURCE).bytes());
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(first));
        assertThat(all("dev-global-secrets", "aws_lambda_function").get(0).path("source_code_hash").asText())
                .isEqualTo(hash);
    }

    private static byte[] zip(Path stackDirectory) {
        try (Stream<Path> files = Files.walk(stackDirectory.resolve("assets"))) {
            List<Path> zips = files.filter(f -> f.toString().endsWith(".zip")).toList();
            assertThat(zips).hasSize(1);
            return Files.readAllBytes(zips.get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
