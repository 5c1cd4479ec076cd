package com.haevn.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.haevn.environment.ConfigProblem;
import com.haevn.environment.ConfigurationException;
import com.haevn.environment.Environments;
import com.haevn.layers.Layers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Valid environment files to start from, and helpers to write them and collect what the loader reports. */
public final class EnvironmentFixtures {

    /** The real environment files, relative to the repository root (the tests' working directory). */
    public static final Path REAL_ENVIRONMENTS = Path.of("environments");

    private EnvironmentFixtures() {
    }

    /**
     * A valid staging environment named {@code name} in us-east-1. Tests find the line of a key with
     * {@link #line(String)}, never by number, so sections can be added without touching them.
     */
    public static String staging(String name, String vpcCidr) {
        return """
                name: %s
                tier: staging
                account_id: "123456789012"
                cost_allocation:
                  cost_center: CC-4500
                  owner: platform-team
                dns:
                  zone: %s.haevn.io
                  zone_id: "0123456789abcdef0123456789abcdef"
                  plan: business
                regions:
                  - name: us-east-1
                    vpc_cidr: %s
                    availability_zones: [us-east-1a, us-east-1b, us-east-1c]
                state:
                  global_stacks_region: us-east-1
                network:
                  nat_gateways: per_az
                  flow_log_retention_days: 30
                alerts:
                  subscriptions:
                    - { name: infra-alerts, endpoint: "https://hooks.example.com/qa", auto_confirms: false }
                costs:
                  monthly_budget_usd: 9000
                  actual_alert_percent: 80
                  forecast_alert_percent: 100
                  anomaly_alert_usd: 150
                  usage:
                    nat_gb_per_gateway: 200
                    log_gb_per_group: 2
                runtime:
                  kubernetes_version: "1.35"
                  public_access_cidrs: []
                  control_plane_log_retention_days: 90
                  node_groups:
                    - { name: general, instance_types: [m6i.large], min_size: 3, desired_size: 3, max_size: 9, disk_size_gib: 50 }
                  addon_versions:
                    vpc-cni: v1.21.1-eksbuild.3
                    coredns: v1.13.2-eksbuild.1
                    kube-proxy: v1.35.0-eksbuild.2
                    aws-ebs-csi-driver: v1.57.1-eksbuild.1
                  access_roles:
                    - { name: platform-admins, role_arn: "arn:aws:iam::123456789012:role/platform-admins", access_policy: AmazonEKSClusterAdminPolicy }
                peering:
                  node_ports:
                    - { port: 8080, purpose: "service-to-service HTTP" }
                certificates:
                  hostnames: ["%s.haevn.io", "*.%s.haevn.io"]
                edge:
                  hostnames: ["%s.haevn.io"]
                  firewall_rules: []
                  rate_limits:
                    - { name: login-and-api, paths: [/login, /api/], requests: 100, period_seconds: 60, timeout_seconds: 600 }
                  cache: { static_paths: [/static/], edge_ttl_seconds: 3600 }
                frontdoor:
                  origin_ranges:
                    ipv4: [173.245.48.0/20, 103.21.244.0/22]
                    ipv6: ["2400:cb00::/32"]
                  origin_header: X-Haevn-Origin-Verify
                  target_port: 8080
                  health_check_path: /healthz
                  initial_weights: { blue: 100, green: 0 }
                  alarms: { target_5xx_percent: 5, unhealthy_hosts: 1, evaluation_minutes: 3 }
                  access_log_retention_days: 90
                traffic:
                  monitor: { interval_seconds: 60, timeout_seconds: 5, retries: 2 }
                async:
                  queues:
                    - { name: orders, visibility_timeout_seconds: 60, max_receives: 5, fifo: false }
                    - { name: ledger.fifo, visibility_timeout_seconds: 30, max_receives: 3, fifo: true }
                  topics:
                    - { name: order-events, fifo: false, raw_message_delivery: true, queues: [orders] }
                  archive_retention_days: 14
                  dead_letter_alarm_threshold: 0
                  rules:
                    - name: order-placed
                      event_pattern: { source: [haevn.orders], detail-type: [OrderPlaced] }
                      target_queue: ledger.fifo
                      retry_attempts: 8
                      max_event_age_seconds: 3600
                objects:
                  buckets:
                    - { name: media, purpose: "uploaded media", mfa_delete: false }
                    - { name: records, purpose: "signed invoices", mfa_delete: true }
                  noncurrent_version_expiration_days: 90
                  object_lock_retention_days: 30
                  abort_incomplete_upload_days: 7
                  access_log_retention_days: 90
                  cross_region_replication: true
                cache:
                  engine_version: "7.1"
                  node_type: cache.m7g.large
                  shards: 2
                  replicas_per_shard: 2
                  snapshot_retention_days: 3
                  snapshot_window: "03:00-04:00"
                  slow_log_retention_days: 30
                  users:
                    - { name: haevn-app, access_string: "on ~* &* +@all -@dangerous" }
                  global_datastore: true
                secrets:
                  entries:
                    - { name: database/master, kind: database-user, rotation_days: 30, username: haevn_admin }
                    - { name: session-signing-key, kind: generated, rotation_days: 30, password_length: 64 }
                    - name: grafana-cloud/otlp-token
                      kind: external
                      owner: observability-team
                      reason: "Grafana Cloud issues the token and rotates it there"
                  log_retention_days: 90
                  database_rotation_version: "1.1.671"
                data:
                  engine:
                    aurora-serverless-v2: { readers: 1, min_capacity_acu: 0.5, max_capacity_acu: 16 }
                  postgres_version: "16.6"
                  backup_window: "03:00-04:00"
                  slow_statement_ms: 500
                dr:
                  backup_schedule: "cron(0 3 * * ? *)"
                  backup_start_window_minutes: 60
                  backup_completion_window_minutes: 360
                  backup_retention_days: 35
                  copy_to_other_region: true
                  vault_lock: governance
                  game_day: true
                  game_day_zone_letter: a
                  game_day_duration: PT30M
                  game_day_log_retention_days: 90
                  game_day_schedule:
                    enabled: false
                    cron: "cron(0 14 ? * TUE#2 *)"
                    load_image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/load:1.0"
                    load_args: ["run"]
                    load_namespace: game-day
                    warm_up_minutes: 10
                    run_minutes: 60
                addons:
                  charts:
                    load_balancer_controller: { repository: "https://aws.github.io/eks-charts", chart: aws-load-balancer-controller, version: 1.17.1 }
                    external_secrets: { repository: "https://charts.external-secrets.io", chart: external-secrets, version: 1.0.0 }
                    collector: { repository: "https://open-telemetry.github.io/opentelemetry-helm-charts", chart: opentelemetry-collector, version: 0.140.0 }
                    manifests: { repository: "https://bedag.github.io/helm-charts", chart: raw, version: 2.0.0 }
                  replicas: 2
                  application: { namespace: haevn, services: { blue: haevn-blue, green: haevn-green }, port: 80 }
                  secret_store_namespaces: [haevn]
                  grafana_cloud:
                    token_secret: grafana-cloud/otlp-token
                    metrics: { url: "https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push", username: "2103409" }
                    logs: { url: "https://logs-prod-006.grafana.net/otlp", username: "1051709" }
                    traces: { url: "tempo-prod-04-prod-us-east-0.grafana.net:443", username: "1048209" }
                recovery_targets:
                  core_db:        { rpo_seconds: 15, rto_minutes: 60 }
                  object_storage: { rpo_seconds: 60, rto_minutes: 240 }
                  redis:          { rpo_seconds: 5,  rto_minutes: 30 }
                """.formatted(name, name, vpcCidr, name, name, name);
    }

    /**
     * The 1-based line of the staging fixture holding {@code key}: the first line whose content (after indentation
     * and a list dash) starts with {@code key:}. {@code line("name")} is the environment's name, {@code line("- name")}
     * the first region's.
     */
    public static int line(String key) {
        List<String> lines = staging("qa", "10.60.0.0/16").lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String content = lines.get(i).stripLeading();
            if (content.startsWith(key + ":")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line of the staging fixture holds the key " + key);
    }

    /** How many lines the staging fixture has. */
    public static int lineCount() {
        return (int) staging("qa", "10.60.0.0/16").lines().count();
    }

    /** Loads a directory of environment files with every registered layer's section. */
    public static Environments load(Path directory) {
        return Layers.environments(directory);
    }

    /** The staging fixture named qa with 10.60.0.0/16, one line replaced (the text must occur exactly once). */
    public static String qaWith(String original, String replacement) {
        String valid = staging("qa", "10.60.0.0/16");
        if (valid.indexOf(original) < 0 || valid.indexOf(original) != valid.lastIndexOf(original)) {
            throw new IllegalArgumentException("fixture text must occur exactly once: " + original);
        }
        return valid.replace(original, replacement);
    }

    public static Path write(Path directory, String fileName, String text) {
        try {
            return Files.writeString(directory.resolve(fileName), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the real environment files into {@code directory}. */
    public static void copyRealEnvironments(Path directory) {
        for (String name : List.of("dev.yaml", "staging.yaml", "prod.yaml")) {
            try {
                Files.copy(REAL_ENVIRONMENTS.resolve(name), directory.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Loads {@code directory}, which must fail, and returns the problems reported. */
    public static List<ConfigProblem> problems(Path directory) {
        ConfigurationException failure = catchThrowableOfType(ConfigurationException.class,
                () -> load(directory));
        if (failure == null) {
            throw new AssertionError("expected the environments in " + directory + " to be rejected");
        }
        return failure.problems();
    }

    /** Writes {@code text} as qa.yaml alone in {@code directory} and returns the problems reported. */
    public static List<ConfigProblem> problemsOfQa(Path directory, String text) {
        write(directory, "qa.yaml", text);
        return problems(directory);
    }

    /** Asserts that exactly one problem was reported, with this file name, key path, line and message. */
    public static void assertOnlyProblem(List<ConfigProblem> problems, String fileName, String keyPath, int line,
                                  String message) {
        assertThat(problems).hasSize(1);
        assertProblem(problems.get(0), fileName, keyPath, line, message);
    }

    public static void assertProblem(ConfigProblem problem, String fileName, String keyPath, int line, String message) {
        assertThat(Path.of(problem.file()).getFileName()).as("file of " + problem).hasToString(fileName);
        assertThat(problem.keyPath()).as("key path of " + problem).isEqualTo(keyPath);
        assertThat(problem.line()).as("line of " + problem).isEqualTo(line);
        assertThat(problem.message()).as("message of " + problem).isEqualTo(message);
    }
}
