package com.haevn.validate.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The Java side of {@code bench/validate}:
 * <ul>
 *   <li>{@code startup PATH}: validate PATH once and print the time since the JVM started;</li>
 *   <li>{@code generate COUNT FILE}: write a Terraform JSON stack of COUNT realistic, cross-referencing resources;</li>
 *   <li>{@code compare FILE [ROUNDS]}: time validating FILE against a plain Jackson parse of the same bytes.</li>
 * </ul>
 */
public final class ValidateBench {

    private ValidateBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ValidateBench startup PATH | generate COUNT FILE | generate-compliant COUNT FILE"
                    + " | compare FILE [ROUNDS]");
            System.exit(2);
        }
        switch (args[0]) {
            case "startup" -> startup(Path.of(args[1]));
            case "generate" -> generate(Integer.parseInt(args[1]), Path.of(args[2]));
            case "generate-compliant" -> generateCompliant(Integer.parseInt(args[1]), Path.of(args[2]));
            case "compare" -> compare(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 5);
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void startup(Path path) {
        ValidationResult result = new Validator().validate(List.of(path));
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        System.out.printf("startup: %d file(s), %d finding(s), validation %d ms, JVM start to result %d ms%n",
                result.files().size(), result.findings().size(), result.duration().toMillis(),
                Duration.between(started, Instant.now()).toMillis());
    }

    /** Realistic blocks: VPC-wide subnets, queues with DLQs, buckets with their settings, all cross-referencing. */
    static void generate(int count, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\n  \"terraform\": {\"required_providers\": {\"aws\": {\"source\": \"aws\", "
                    + "\"version\": \">= 5.23.1, < 6.0.0\"}}},\n");
            out.write("  \"provider\": {\"aws\": [{\"region\": \"us-east-1\"}]},\n");
            out.write("  \"variable\": {\"env\": {\"type\": \"string\", \"default\": \"bench\"}},\n");
            out.write("  \"resource\": {\n");
            out.write("    \"aws_vpc\": {\"main\": {\"cidr_block\": \"10.0.0.0/8\", \"enable_dns_hostnames\": true, "
                    + "\"tags\": {\"Name\": \"${var.env}-vpc\"}}}");
            int perKind = Math.max(1, (count - 1) / 4);
            writeKind(out, "aws_subnet", perKind, i -> "{\"vpc_id\": \"${aws_vpc.main.id}\", \"cidr_block\": \"10."
                    + (i / 256 % 256) + "." + (i % 256) + ".0/24\", \"availability_zone\": \"us-east-1a\", "
                    + "\"tags\": {\"Name\": \"${var.env}-subnet-" + i + "\", \"Tier\": \"private\"}}");
            writeKind(out, "aws_sqs_queue", perKind, i -> "{\"name\": \"${var.env}-queue-" + i + "\", "
                    + "\"visibility_timeout_seconds\": 60, \"message_retention_seconds\": 345600, "
                    + "\"sqs_managed_sse_enabled\": true, \"tags\": {\"Subnet\": \"${aws_subnet.r" + i + ".id}\"}}");
            writeKind(out, "aws_s3_bucket", perKind, i -> "{\"bucket\": \"${var.env}-bucket-" + i + "\", "
                    + "\"force_destroy\": false, \"tags\": {\"Queue\": \"${aws_sqs_queue.r" + i + ".arn}\"}}");
            writeKind(out, "aws_s3_bucket_public_access_block", count - 1 - 3 * perKind, i -> "{\"bucket\": "
                    + "\"${aws_s3_bucket.r" + (i % perKind) + ".id}\", \"block_public_acls\": true, "
                    + "\"block_public_policy\": true, \"ignore_public_acls\": true, \"restrict_public_buckets\": true}");
            out.write("\n  }\n}\n");
        }
        System.out.printf("generate: %d resources, %d bytes in %s%n", count, Files.size(file), file);
    }

    /**
     * Like this project's stacks: every guardrail met (default tags, S3 backend, flow logs; each bucket with its
     * versioning, encryption, public access block, TLS-only policy and lifecycle; each queue with a 14-day DLQ), so
     * the time measured is the checks', not the reporting of findings.
     */
    static void generateCompliant(int count, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\n  \"terraform\": {\"required_providers\": {\"aws\": {\"source\": \"aws\", "
                    + "\"version\": \">= 5.23.1, < 6.0.0\"}}, \"backend\": {\"s3\": {\"bucket\": \"haevn-bench-tfstate\", "
                    + "\"key\": \"bench/terraform.tfstate\", \"region\": \"us-east-1\", \"encrypt\": true, "
                    + "\"dynamodb_table\": \"haevn-bench-tfstate-lock\"}}},\n");
            out.write("  \"provider\": {\"aws\": [{\"region\": \"us-east-1\", \"default_tags\": [{\"tags\": {"
                    + "\"Environment\": \"bench\", \"Layer\": \"objects\", \"CostCenter\": \"CC-0000\", "
                    + "\"Owner\": \"platform-team\", \"ManagedBy\": \"cdktf\", \"Repository\": \"haevn/infrastructure\"}}]}]},\n");
            out.write("  \"resource\": {\n");
            out.write("    \"aws_vpc\": {\"main\": {\"cidr_block\": \"10.0.0.0/8\", \"enable_dns_hostnames\": true}},\n");
            out.write("    \"aws_flow_log\": {\"main\": {\"vpc_id\": \"${aws_vpc.main.id}\", \"traffic_type\": \"ALL\", "
                    + "\"log_destination\": \"arn:aws:logs:us-east-1:123456789012:log-group:flow\", "
                    + "\"log_destination_type\": \"cloud-watch-logs\"}}");
            int groups = Math.max(1, (count - 2) / 8); // a bucket with 5 settings, a queue with its DLQ, a subnet
            writeKind(out, "aws_subnet", groups, i -> "{\"vpc_id\": \"${aws_vpc.main.id}\", \"cidr_block\": \"10."
                    + (i / 256 % 256) + "." + (i % 256) + ".0/24\", \"availability_zone\": \"us-east-1a\"}");
            writeKind(out, "aws_sqs_queue", 2 * groups, i -> i % 2 == 0
                    ? "{\"name\": \"bench-dlq-" + i + "\", \"message_retention_seconds\": 1209600, "
                    + "\"sqs_managed_sse_enabled\": true}"
                    : "{\"name\": \"bench-queue-" + i + "\", \"sqs_managed_sse_enabled\": true, \"redrive_policy\": "
                    + "\"${jsonencode({deadLetterTargetArn = aws_sqs_queue.r" + (i - 1) + ".arn, maxReceiveCount = 5})}\"}");
            writeKind(out, "aws_s3_bucket", groups, i -> "{\"bucket\": \"haevn-bench-" + i + "\"}");
            writeKind(out, "aws_s3_bucket_versioning", groups, i -> "{\"bucket\": \"${aws_s3_bucket.r" + i
                    + ".id}\", \"versioning_configuration\": {\"status\": \"Enabled\"}}");
            writeKind(out, "aws_s3_bucket_server_side_encryption_configuration", groups, i -> "{\"bucket\": "
                    + "\"${aws_s3_bucket.r" + i + ".id}\", \"rule\": [{\"apply_server_side_encryption_by_default\": "
                    + "{\"sse_algorithm\": \"aws:kms\"}}]}");
            writeKind(out, "aws_s3_bucket_public_access_block", groups, i -> "{\"bucket\": \"${aws_s3_bucket.r" + i
                    + ".id}\", \"block_public_acls\": true, \"block_public_policy\": true, \"ignore_public_acls\": true, "
                    + "\"restrict_public_buckets\": true}");
            writeKind(out, "aws_s3_bucket_policy", groups, i -> "{\"bucket\": \"${aws_s3_bucket.r" + i + ".id}\", "
                    + "\"policy\": \"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Deny\\\","
                    + "\\\"Principal\\\":\\\"*\\\",\\\"Action\\\":\\\"s3:*\\\",\\\"Resource\\\":[\\\"arn:aws:s3:::haevn-bench-"
                    + i + "\\\",\\\"arn:aws:s3:::haevn-bench-" + i + "/*\\\"],\\\"Condition\\\":{\\\"Bool\\\":"
                    + "{\\\"aws:SecureTransport\\\":\\\"false\\\"}}}]}\"}");
            writeKind(out, "aws_s3_bucket_lifecycle_configuration", groups, i -> "{\"bucket\": \"${aws_s3_bucket.r" + i
                    + ".id}\", \"rule\": [{\"id\": \"expire\", \"status\": \"Enabled\", \"filter\": {\"prefix\": \"\"}, "
                    + "\"noncurrent_version_expiration\": {\"noncurrent_days\": 90}}]}");
            out.write("\n  }\n}\n");
        }
        System.out.printf("generate-compliant: %d resources, %d bytes in %s%n", 2 + 8 * Math.max(1, (count - 2) / 8),
                Files.size(file), file);
    }

    private interface Body {
        String of(int index);
    }

    private static void writeKind(BufferedWriter out, String type, int count, Body body) throws IOException {
        if (count <= 0) {
            return;
        }
        out.write(",\n    \"" + type + "\": {\n");
        for (int i = 0; i < count; i++) {
            out.write("      \"r" + i + "\": " + body.of(i) + (i + 1 < count ? ",\n" : "\n"));
        }
        out.write("    }");
    }

    private static void compare(Path file, int rounds) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Validator validator = new Validator();
        long firstValidate = timeValidate(validator, file);
        long firstParse = timeParse(mapper, file);
        long bestValidate = firstValidate;
        long bestParse = firstParse;
        int findings = validator.validate(List.of(file)).findings().size();
        for (int i = 0; i < rounds; i++) {
            bestParse = Math.min(bestParse, timeParse(mapper, file));
            bestValidate = Math.min(bestValidate, timeValidate(validator, file));
        }
        System.out.printf("compare: %s (%d bytes): first validation %d ms, best validation %d ms, best plain Jackson "
                        + "parse %d ms, ratio %.2f, %d finding(s)%n", file.getFileName(), Files.size(file),
                firstValidate / 1_000_000, bestValidate / 1_000_000, bestParse / 1_000_000,
                (double) bestValidate / bestParse, findings);
    }

    private static long timeValidate(Validator validator, Path file) {
        long start = System.nanoTime();
        validator.validate(List.of(file));
        return System.nanoTime() - start;
    }

    private static long timeParse(ObjectMapper mapper, Path file) throws IOException {
        long start = System.nanoTime();
        byte[] bytes = Files.readAllBytes(file);
        mapper.readTree(bytes);
        return System.nanoTime() - start;
    }
}
