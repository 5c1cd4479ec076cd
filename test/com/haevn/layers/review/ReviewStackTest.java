package com.haevn.layers.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.cli.HaevnCommand;
import com.haevn.terraform.plan.SynthesizedStack;
import com.haevn.testing.SynthesizedPlatform;
import com.haevn.validate.CheckOptions;
import com.haevn.validate.Checks;
import com.haevn.validate.Validator;
import com.haevn.validate.core.Finding;
import com.haevn.validate.schema.ProviderSchemas;
import com.haevn.validate.suppress.Suppressions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code haevn synth --review-pr N --image-tag TAG}: the review stack in dev, only when asked. */
class ReviewStackTest {

    private static final String STACK = "dev-use1-review-pr-123";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    private static Path reviewed;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void synthesizeDevWithAReviewApp() {
        reviewed = temp.resolve("reviewed");
        CommandLine commandLine = HaevnCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        int exit = commandLine.execute("synth", "--env", "dev", "-q", "--no-validate", "--review-pr", "123",
                "--image-tag", "3f2c1ab", "-o", reviewed.toString());
        assertThat(exit).isZero();
    }

    private int run(String... args) {
        CommandLine commandLine = HaevnCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static JsonNode review() throws IOException {
        return JSON.readTree(reviewed.resolve("stacks").resolve(STACK).resolve("cdk.tf.json").toFile());
    }

    private static JsonNode only(JsonNode stack, String type) {
        JsonNode resources = stack.path("resource").path(type);
        assertThat(resources.size()).as(type).isEqualTo(1);
        return resources.elements().next();
    }

    /** Every file below {@code directory}, by relative path, with its bytes. */
    private static Map<String, byte[]> files(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--review-pr|0|'0' is not a PR number: a positive integer such as 123 is needed",
            "--review-pr|-12|'-12' is not a PR number",
            "--review-pr|12a|'12a' is not a PR number",
            "--image-tag|.hidden|'.hidden' is not a Docker image tag",
            "--image-tag|feature/x|'feature/x' is not a Docker image tag",
            "--image-tag|-rc1|'-rc1' is not a Docker image tag"})
    void should_exit_2_and_write_nothing_on_bad_input(String option, String value, String message, @TempDir Path dir) {
        // GIVEN a bad PR number or image tag (the other one valid)
        List<String> args = new ArrayList<>(List.of("synth", "--env", "dev", "-o", dir.resolve("out").toString()));
        args.addAll(option.equals("--review-pr") ? List.of("--review-pr", value, "--image-tag", "3f2c1ab")
                : List.of("--review-pr", "123", "--image-tag", value));
        // WHEN synthesizing THEN it is a usage error that says why, and nothing is written
        assertThat(run(args.toArray(String[]::new))).isEqualTo(2);
        assertThat(err.toString()).contains(message);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void should_exit_2_on_a_tag_longer_than_128_characters(@TempDir Path dir) {
        assertThat(run("synth", "--env", "dev", "-o", dir.resolve("out").toString(), "--review-pr", "123",
                "--image-tag", "a".repeat(129))).isEqualTo(2);
        assertThat(err.toString()).contains("is not a Docker image tag");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void should_exit_2_when_a_pr_is_given_without_an_image_tag(@TempDir Path dir) {
        assertThat(run("synth", "--env", "dev", "-o", dir.resolve("out").toString(), "--review-pr", "123"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--review-pr 123 needs --image-tag TAG (or HAEVN_IMAGE_TAG)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void should_add_the_review_stack_only_when_asked() {
        // GIVEN the platform synthesized without a PR and dev with PR 123
        Set<String> platform = SynthesizedPlatform.get().resourcesByStack().keySet();
        // THEN only the reviewed synth holds a review stack
        assertThat(platform).noneMatch(name -> name.contains("review"));
        assertThat(reviewed.resolve("stacks").resolve(STACK).resolve("cdk.tf.json")).isRegularFile();
    }

    @Test
    void should_leave_every_other_stack_byte_identical() throws IOException {
        // GIVEN the dev stacks of the synth with PR 123
        try (Stream<Path> stacks = Files.list(reviewed.resolve("stacks"))) {
            for (Path stack : stacks.filter(s -> !s.getFileName().toString().equals(STACK)).toList()) {
                // THEN each is byte for byte the stack the platform synth without a PR wrote
                Path base = SynthesizedPlatform.get().stackFile(stack.getFileName().toString()).getParent();
                Map<String, byte[]> expected = files(base);
                Map<String, byte[]> actual = files(stack);
                assertThat(actual.keySet()).as(stack.toString()).isEqualTo(expected.keySet());
                expected.forEach((file, bytes) -> assertThat(actual.get(file)).as(stack + "/" + file).isEqualTo(bytes));
            }
        }
    }

    @Test
    void should_make_the_app_reachable_at_its_host_through_the_dev_front_door() throws IOException {
        JsonNode stack = review();
        // a namespace with a quota that admits no LoadBalancer or NodePort Service
        assertThat(only(stack, "kubernetes_namespace_v1").at("/metadata/name").asText()).isEqualTo("pr-123");
        JsonNode hard = only(stack, "kubernetes_resource_quota_v1").at("/spec/hard");
        assertThat(hard.path("requests.cpu").asText()).isEqualTo("2");
        assertThat(hard.path("limits.memory").asText()).isEqualTo("4Gi");
        assertThat(hard.path("pods").asText()).isEqualTo("20");
        assertThat(hard.path("services.loadbalancers").asText()).isEqualTo("0");
        // the application chart from ECR at the PR's image tag
        JsonNode release = null;
        for (JsonNode r : stack.path("resource").path("helm_release")) {
            if (r.path("name").asText().equals("haevn")) {
                release = r;
            }
        }
        assertThat(release).isNotNull();
        assertThat(release.path("repository").asText())
                .isEqualTo("oci://210987654321.dkr.ecr.us-east-1.amazonaws.com/charts");
        assertThat(release.path("version").asText()).isEqualTo("3.2.0");
        JsonNode values = JSON.readTree(release.path("values").path(0).asText());
        assertThat(values.at("/image/tag").asText()).isEqualTo("3f2c1ab");
        assertThat(values.at("/image/repository").asText())
                .isEqualTo("210987654321.dkr.ecr.us-east-1.amazonaws.com/haevn/app");
        assertThat(values.at("/env/0/value").asText())
                .isEqualTo("${data.terraform_remote_state.remote-state-dev-use1-addons.outputs.collector_otlp_endpoint}");
        // a target group, bound to the release's Service, behind a host rule at the PR's priority
        JsonNode targetGroup = only(stack, "aws_lb_target_group");
        assertThat(targetGroup.path("name").asText()).isEqualTo("dev-use1-pr-123");
        assertThat(targetGroup.path("target_type").asText()).isEqualTo("ip");
        assertThat(targetGroup.path("port").asInt()).isEqualTo(8080);
        JsonNode rule = only(stack, "aws_lb_listener_rule");
        assertThat(rule.path("priority").asInt()).isEqualTo(123);
        assertThat(rule.path("listener_arn").asText())
                .isEqualTo("${data.terraform_remote_state.remote-state-dev-use1-frontdoor.outputs.https_listener_arn}");
        assertThat(rule.at("/condition/0/host_header/values/0").asText()).isEqualTo("pr-123-dev.haevn.io");
        assertThat(rule.at("/condition/1/http_header/values/0").asText()).isEqualTo("${var.origin_header_secret}");
        assertThat(stack.at("/variable/origin_header_secret/sensitive").asBoolean()).isTrue();
        // a proxied record one label below the zone, to the dev ALB
        JsonNode record = only(stack, "cloudflare_record");
        assertThat(record.path("name").asText()).isEqualTo("pr-123-dev.haevn.io");
        assertThat(record.path("zone_id").asText()).isEqualTo("3f7c2a91d04b4e8fa65c19d2b7e0c843");
        assertThat(record.path("proxied").asBoolean()).isTrue();
        assertThat(record.path("value").asText())
                .isEqualTo("${data.terraform_remote_state.remote-state-dev-use1-frontdoor.outputs.load_balancer_dns_name}");
        // it is no AWS-only stack: offline plans and terraform validate skip it
        assertThat(SynthesizedStack.read(reviewed, STACK).providers())
                .containsExactly("aws", "cloudflare", "helm", "kubernetes");
        assertThat(SynthesizedStack.read(reviewed, STACK).awsOnly()).isFalse();
        // and it deploys after the stacks it reads, the add-ons included
        JsonNode manifest = JSON.readTree(reviewed.resolve("manifest.json").toFile());
        assertThat(manifest.at("/stacks/" + STACK + "/dependencies").toString())
                .contains("dev-use1-addons", "dev-use1-frontdoor", "dev-use1-runtime");
    }

    @Test
    void should_bind_the_release_service_after_the_release() throws IOException {
        JsonNode binding = null;
        for (JsonNode r : review().path("resource").path("helm_release")) {
            if (r.path("name").asText().equals("target-group-binding")) {
                binding = r;
            }
        }
        assertThat(binding).isNotNull();
        JsonNode object = JSON.readTree(binding.path("values").path(0).asText()).at("/resources/0");
        assertThat(object.path("kind").asText()).isEqualTo("TargetGroupBinding");
        assertThat(object.at("/spec/serviceRef/name").asText()).isEqualTo("haevn");
        assertThat(object.at("/spec/serviceRef/port").asInt()).isEqualTo(80);
        assertThat(binding.path("depends_on").toString()).contains("helm_release.review_application");
    }

    @Test
    void should_pass_the_validator_but_for_the_zone_rules_the_edge_zone_stack_satisfies() {
        // GIVEN the reviewed dev output WHEN validating it
        List<Finding> unsuppressed = new Validator(Checks.all(ProviderSchemas.bundled(), CheckOptions.defaults()),
                Suppressions.none()).validate(List.of(reviewed)).findings().stream()
                .filter(f -> !f.suppressed()).toList();
        // THEN nothing is found but, where the Cloudflare zone stack is not in the output, that nothing in it sets
        // the zone's SSL, TLS, WAF and rate limits: the zone stack owns those for every environment's records
        assertThat(unsuppressed).allSatisfy(f -> assertThat(f.ruleId()).isIn("HVN-CF-001", "HVN-CF-002",
                "HVN-CF-003", "HVN-CF-004"));
    }

    @Test
    void should_read_the_review_from_the_environment_identically_and_write_no_secret_value(@TempDir Path dir)
            throws Exception {
        // GIVEN the PR and tag as cdktf synth passes them, and secrets planted in the environment
        Map<String, String> planted = Map.of(
                "TF_VAR_origin_header_secret", "planted-origin-secret-7a1f0c9e3b5d4a2f8e6c",
                "CLOUDFLARE_API_TOKEN", "planted-cloudflare-token-4c8e2a6f0b1d3e5a",
                "GRAFANA_CLOUD_TOKEN", "planted-grafana-token-9d3b7f1a5c0e2b4d",
                "AWS_SECRET_ACCESS_KEY", "planted-aws-secret-2e6a0c4f8b1d3a5c");
        Path output = dir.resolve("cdktf.out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                HaevnCommand.class.getName(), "synth", "--env", "dev", "-q", "--no-validate", "-o", output.toString()))
                .redirectErrorStream(true);
        builder.environment().putAll(planted);
        builder.environment().put("HAEVN_REVIEW_PR", "123");
        builder.environment().put("HAEVN_IMAGE_TAG", "3f2c1ab");
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        // THEN the output is byte for byte the one of the command-line options
        Map<String, byte[]> fromEnvironment = files(output);
        Map<String, byte[]> fromOptions = files(reviewed);
        assertThat(fromEnvironment.keySet()).isEqualTo(fromOptions.keySet());
        fromOptions.forEach((file, bytes) -> assertThat(fromEnvironment.get(file)).as(file).isEqualTo(bytes));
        // AND no file holds any planted value
        for (Map.Entry<String, byte[]> file : fromEnvironment.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.ISO_8859_1);
            planted.values().forEach(secret -> assertThat(text).as(file.getKey()).doesNotContain(secret));
        }
    }
}
