package com.haevn.layers.cache;

import com.haevn.environment.Environments;
import com.haevn.modules.cache.CacheUser;
import com.haevn.testing.EnvironmentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code cache} section: what it reads from the staging fixture and what it refuses, with file and line. */
class CacheSettingsSectionTest {

    @TempDir
    Path dir;

    private static final String FIRST_REGION_ZONES = "    availability_zones: [us-east-1a, us-east-1b, us-east-1c]\n";
    /** The lines a second region adds above the cache section. */
    private static final int SECOND_REGION_LINES = 3;

    /** The staging fixture with a second region (us-west-2) and one more replacement. */
    private static String twoRegionsWith(String original, String replacement) {
        return twoRegions(qaWith(original, replacement));
    }

    private static String twoRegions(String text) {
        return text.replace(FIRST_REGION_ZONES, FIRST_REGION_ZONES
                + "  - name: us-west-2\n    vpc_cidr: 10.61.0.0/16\n"
                + "    availability_zones: [us-west-2a, us-west-2b, us-west-2c]\n");
    }

    private CacheSettings read(String text) {
        EnvironmentFixtures.write(dir, "qa.yaml", text);
        Environments environments = EnvironmentFixtures.load(dir);
        return environments.all().get(0).settings(CacheLayer.SETTINGS);
    }

    @Test
    void should_read_the_cluster_shape_snapshots_slow_log_and_iam_users() {
        CacheSettings settings = read(EnvironmentFixtures.staging("qa", "10.60.0.0/16"));

        assertThat(settings.engineVersion()).isEqualTo("7.1");
        assertThat(settings.nodeType()).isEqualTo("cache.m7g.large");
        assertThat(settings.shards()).isEqualTo(2);
        assertThat(settings.replicasPerShard()).isEqualTo(2);
        assertThat(settings.snapshotRetentionDays()).isEqualTo(3);
        assertThat(settings.snapshotWindow()).isEqualTo("03:00-04:00");
        assertThat(settings.slowLogRetentionDays()).isEqualTo(30);
        assertThat(settings.users()).containsExactly(new CacheUser("haevn-app", "on ~* &* +@all -@dangerous"));
        assertThat(settings.globalDatastore()).isTrue();
    }

    @Test
    void should_read_a_global_datastore_of_two_regions() {
        assertThat(read(twoRegions(EnvironmentFixtures.staging("qa", "10.60.0.0/16"))).globalDatastore()).isTrue();
    }

    @Test
    void should_refuse_fewer_than_two_replicas_per_shard_in_staging() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("replicas_per_shard: 2", "replicas_per_shard: 1")), "qa.yaml",
                "cache.replicas_per_shard", line("replicas_per_shard"),
                "a staging environment keeps a copy of every shard in each of its region's three AZs, so it needs at "
                        + "least 2 replicas per shard; got 1");
    }

    @Test
    void should_let_development_keep_one_replica_per_shard_and_one_region_without_snapshots() {
        CacheSettings settings = read(qaWith("replicas_per_shard: 2", "replicas_per_shard: 1")
                .replace("tier: staging", "tier: development")
                .replace("snapshot_retention_days: 3", "snapshot_retention_days: 0")
                .replace("global_datastore: true", "global_datastore: false"));
        assertThat(settings.replicasPerShard()).isEqualTo(1);
        assertThat(settings.snapshotRetentionDays()).isZero();
    }

    @Test
    void should_refuse_a_staging_cache_without_snapshots() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("snapshot_retention_days: 3", "snapshot_retention_days: 0")),
                "qa.yaml", "cache.snapshot_retention_days", line("snapshot_retention_days"),
                "a staging environment keeps daily snapshots of its cache, so it needs a retention of at least 1 "
                        + "day; got 0");
    }

    @Test
    void should_refuse_a_staging_environment_without_a_global_datastore() {
        assertOnlyProblem(problemsOfQa(dir, twoRegionsWith("global_datastore: true", "global_datastore: false")),
                "qa.yaml", "cache.global_datastore", line("global_datastore") + SECOND_REGION_LINES,
                "a staging environment runs its regions active, so its cache is linked across them by a global "
                        + "datastore; set global_datastore: true");
    }

    @Test
    void should_refuse_a_node_type_global_datastores_do_not_support() {
        assertOnlyProblem(problemsOfQa(dir, twoRegionsWith("node_type: cache.m7g.large", "node_type: cache.t4g.medium")), "qa.yaml",
                "cache.node_type", line("node_type") + SECOND_REGION_LINES,
                "a global datastore needs an m or r node type of generation 5 or newer (AWS: not supported on "
                        + "instances older than m5 or r5, nor on t types), got cache.t4g.medium; use e.g. "
                        + "cache.r7g.large or cache.m7g.large");
    }

    @Test
    void should_refuse_a_redis_version_without_iam_authentication() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("engine_version: \"7.1\"", "engine_version: \"6.2\"")), "qa.yaml",
                "cache.engine_version", line("engine_version"),
                "\"6.2\" is not a Redis version of 7.0 or newer written major.minor; IAM authentication needs Redis "
                        + "7.0, e.g. \"7.1\"");
    }

    @Test
    void should_refuse_a_password_in_a_users_access_string() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("access_string: \"on ~* &* +@all -@dangerous\"",
                        "access_string: \"on >hunter2 ~* +@all\"")), "qa.yaml", "cache.users[0].access_string",
                line("users") + 1, "the access string of cache user haevn-app holds a password rule (>, <, # or "
                        + "nopass); IAM authenticates this user, so leave passwords out: \"on >hunter2 ~* +@all\"");
    }

    @Test
    void should_refuse_a_user_named_default() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("name: haevn-app", "name: default")), "qa.yaml",
                "cache.users[0].name", line("users") + 1,
                "the user named default is the stack's own disabled user; give the application user another name");
    }

    @Test
    void should_refuse_values_outside_what_elasticache_and_cloudwatch_accept() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("shards: 2", "shards: 0")), "qa.yaml", "cache.shards",
                line("shards"), "0 is not a shard count ElastiCache accepts; use 1..500");
        assertOnlyProblem(problemsOfQa(dir, qaWith("slow_log_retention_days: 30", "slow_log_retention_days: 31")),
                "qa.yaml", "cache.slow_log_retention_days", line("slow_log_retention_days"),
                "31 is not a retention CloudWatch Logs accepts; use one of [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, "
                        + "180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]");
        assertOnlyProblem(problemsOfQa(dir, qaWith("snapshot_window: \"03:00-04:00\"", "snapshot_window: \"03:00-03:30\"")),
                "qa.yaml", "cache.snapshot_window", line("snapshot_window"),
                "the snapshot window 03:00-03:30 lasts 30 minutes; ElastiCache needs at least 60");
        assertOnlyProblem(problemsOfQa(dir, qaWith("node_type: cache.m7g.large", "node_type: m7g.large")), "qa.yaml",
                "cache.node_type", line("node_type"),
                "\"m7g.large\" is not an ElastiCache node type; write it like cache.r7g.large");
    }
}
