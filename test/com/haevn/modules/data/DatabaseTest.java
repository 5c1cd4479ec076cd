package com.haevn.modules.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.TerraformVariable;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.providers.aws.db_instance.DbInstance;
import com.hashicorp.cdktf.providers.aws.db_parameter_group.DbParameterGroup;
import com.hashicorp.cdktf.providers.aws.db_subnet_group.DbSubnetGroup;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.rds_cluster.RdsCluster;
import com.hashicorp.cdktf.providers.aws.rds_cluster_instance.RdsClusterInstance;
import com.hashicorp.cdktf.providers.aws.rds_cluster_parameter_group.RdsClusterParameterGroup;
import com.hashicorp.cdktf.providers.aws.rds_global_cluster.RdsGlobalCluster;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The database construct synthesized from its own props: Aurora standalone, global primary and secondary, RDS. */
class DatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ZONES = List.of("eu-central-1a", "eu-central-1b", "eu-central-1c");

    static DatabaseProps.Builder props() {
        return DatabaseProps.builder()
                .name("team-euc1-core")
                .accountId("123456789012")
                .engine(new AuroraServerlessV2(2, new BigDecimal("1.5"), new BigDecimal("32")))
                .postgresVersion("16.6")
                .vpcId("vpc-1234")
                .subnetIds(List.of("subnet-a", "subnet-b", "subnet-c"))
                .availabilityZones(ZONES)
                .clientSecurityGroupId("sg-nodes")
                .preferredBackupWindow("02:00-02:30")
                .slowStatementMilliseconds(750);
    }

    /** The resources of a stack holding one database built from the props {@code customize} returns. */
    private static JsonNode synth(Function<TerraformStack, DatabaseProps> customize) throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "data-test");
        AwsProvider.Builder.create(stack, "aws").region("eu-central-1").build();
        new Database(stack, "database", customize.apply(stack));
        return JSON.readTree(Testing.synth(stack)).path("resource");
    }

    private static List<JsonNode> all(JsonNode resources, String type) {
        List<JsonNode> found = new ArrayList<>();
        resources.path(type).elements().forEachRemaining(found::add);
        return found;
    }

    private static JsonNode only(JsonNode resources, String type) {
        List<JsonNode> found = all(resources, type);
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }

    private static String password(TerraformStack stack) {
        return TerraformVariable.Builder.create(stack, "password").type("string").sensitive(true).build()
                .getStringValue();
    }

    @Test
    void should_build_an_encrypted_protected_cluster_with_a_managed_password_when_not_global() throws Exception {
        JsonNode resources = synth(stack -> props().build());
        JsonNode cluster = only(resources, RdsCluster.TF_RESOURCE_TYPE);
        String key = "${aws_kms_key." + resources.path(KmsKey.TF_RESOURCE_TYPE).fieldNames().next() + ".arn}";
        assertThat(only(resources, KmsKey.TF_RESOURCE_TYPE).path("enable_key_rotation").asBoolean()).isTrue();
        assertThat(cluster.path("cluster_identifier").asText()).isEqualTo("team-euc1-core");
        assertThat(cluster.path("engine").asText()).isEqualTo("aurora-postgresql");
        assertThat(cluster.path("engine_version").asText()).isEqualTo("16.6");
        assertThat(cluster.path("serverlessv2_scaling_configuration").path("min_capacity").asDouble()).isEqualTo(1.5);
        assertThat(cluster.path("serverlessv2_scaling_configuration").path("max_capacity").asDouble()).isEqualTo(32);
        assertThat(cluster.path("storage_encrypted").asBoolean()).isTrue();
        assertThat(cluster.path("kms_key_id").asText()).isEqualTo(key);
        assertThat(cluster.path("deletion_protection").asBoolean()).isTrue();
        assertThat(cluster.path("backup_retention_period").asInt()).isEqualTo(35);
        assertThat(cluster.path("preferred_backup_window").asText()).isEqualTo("02:00-02:30");
        assertThat(cluster.path("copy_tags_to_snapshot").asBoolean()).isTrue();
        assertThat(cluster.path("skip_final_snapshot").asBoolean()).isFalse();
        assertThat(cluster.path("iam_database_authentication_enabled").asBoolean()).isTrue();
        assertThat(cluster.path("enabled_cloudwatch_logs_exports").get(0).asText()).isEqualTo("postgresql");
        assertThat(cluster.path("manage_master_user_password").asBoolean()).isTrue();
        assertThat(cluster.path("master_user_secret_kms_key_id").asText()).isEqualTo(key);
        assertThat(cluster.has("master_password")).isFalse();
        assertThat(cluster.has("master_password_wo")).isFalse();
        assertThat(cluster.has("global_cluster_identifier")).isFalse();
        assertThat(resources.has(RdsGlobalCluster.TF_RESOURCE_TYPE)).isFalse();
    }

    @Test
    void should_force_tls_and_log_slow_statements_in_the_cluster_parameter_group() throws Exception {
        JsonNode group = only(synth(stack -> props().build()), RdsClusterParameterGroup.TF_RESOURCE_TYPE);
        assertThat(group.path("family").asText()).isEqualTo("aurora-postgresql16");
        assertThat(group.path("parameter")).extracting(p -> p.path("name").asText() + "=" + p.path("value").asText())
                .containsExactly("rds.force_ssl=1", "log_min_duration_statement=750");
    }

    @Test
    void should_place_the_writer_and_readers_in_successive_azs_with_insights_and_monitoring() throws Exception {
        JsonNode resources = synth(stack -> props().build());
        List<JsonNode> instances = all(resources, RdsClusterInstance.TF_RESOURCE_TYPE);
        assertThat(instances).extracting(i -> i.path("availability_zone").asText()).containsExactly(ZONES.toArray(String[]::new));
        assertThat(instances).extracting(i -> i.path("promotion_tier").asInt()).containsExactly(0, 1, 1);
        String role = "${aws_iam_role." + resources.path(IamRole.TF_RESOURCE_TYPE).fieldNames().next() + ".arn}";
        for (JsonNode instance : instances) {
            assertThat(instance.path("instance_class").asText()).isEqualTo("db.serverless");
            assertThat(instance.path("publicly_accessible").asBoolean(true)).isFalse();
            assertThat(instance.path("performance_insights_enabled").asBoolean()).isTrue();
            assertThat(instance.path("performance_insights_kms_key_id").asText()).startsWith("${aws_kms_key.");
            assertThat(instance.path("monitoring_interval").asInt()).isEqualTo(60);
            assertThat(instance.path("monitoring_role_arn").asText()).isEqualTo(role);
        }
        assertThat(only(resources, IamRole.TF_RESOURCE_TYPE).path("assume_role_policy").asText())
                .contains("monitoring.rds.amazonaws.com").contains("123456789012");
        assertThat(only(resources, IamRolePolicyAttachment.TF_RESOURCE_TYPE).path("policy_arn").asText())
                .isEqualTo(MonitoringRole.POLICY_ARN);
    }

    @Test
    void should_admit_only_the_client_security_group_on_the_postgres_port_from_private_subnets() throws Exception {
        JsonNode resources = synth(stack -> props().build());
        JsonNode rule = only(resources, VpcSecurityGroupIngressRule.TF_RESOURCE_TYPE);
        assertThat(rule.path("referenced_security_group_id").asText()).isEqualTo("sg-nodes");
        assertThat(rule.path("from_port").asInt()).isEqualTo(5432);
        assertThat(rule.path("to_port").asInt()).isEqualTo(5432);
        assertThat(rule.path("ip_protocol").asText()).isEqualTo("tcp");
        assertThat(rule.has("cidr_ipv4")).isFalse();
        JsonNode group = only(resources, SecurityGroup.TF_RESOURCE_TYPE);
        assertThat(group.has("ingress")).isFalse();
        assertThat(group.has("egress")).isFalse();
        assertThat(only(resources, DbSubnetGroup.TF_RESOURCE_TYPE).path("subnet_ids"))
                .extracting(JsonNode::asText).containsExactly("subnet-a", "subnet-b", "subnet-c");
    }

    @Test
    void should_create_the_global_database_and_send_the_password_write_only_as_its_primary() throws Exception {
        JsonNode resources = synth(stack -> props().global(GlobalRole.PRIMARY, "team-core")
                .masterPassword(password(stack)).build());
        JsonNode global = only(resources, RdsGlobalCluster.TF_RESOURCE_TYPE);
        assertThat(global.path("global_cluster_identifier").asText()).isEqualTo("team-core");
        assertThat(global.path("engine").asText()).isEqualTo("aurora-postgresql");
        assertThat(global.path("storage_encrypted").asBoolean()).isTrue();
        assertThat(global.path("deletion_protection").asBoolean()).isTrue();
        JsonNode cluster = only(resources, RdsCluster.TF_RESOURCE_TYPE);
        assertThat(cluster.path("global_cluster_identifier").asText())
                .isEqualTo("${aws_rds_global_cluster." + resources.path(RdsGlobalCluster.TF_RESOURCE_TYPE).fieldNames().next() + ".id}");
        assertThat(cluster.path("master_password_wo").asText()).isEqualTo("${var.password}");
        assertThat(cluster.path("master_password_wo_version").asInt()).isEqualTo(1);
        assertThat(cluster.has("master_password")).isFalse();
        assertThat(cluster.has("manage_master_user_password")).isFalse();
        assertThat(cluster.path("master_username").asText()).isEqualTo("haevn_admin");
    }

    @Test
    void should_join_as_a_write_forwarding_secondary_without_credentials() throws Exception {
        JsonNode resources = synth(stack -> props().global(GlobalRole.SECONDARY, "team-core-id").build());
        JsonNode cluster = only(resources, RdsCluster.TF_RESOURCE_TYPE);
        assertThat(cluster.path("global_cluster_identifier").asText()).isEqualTo("team-core-id");
        assertThat(cluster.path("enable_global_write_forwarding").asBoolean()).isTrue();
        assertThat(cluster.path("kms_key_id").asText()).startsWith("${aws_kms_key.");
        assertThat(cluster.has("master_username")).isFalse();
        assertThat(cluster.has("master_password_wo")).isFalse();
        assertThat(cluster.has("manage_master_user_password")).isFalse();
        assertThat(cluster.has("database_name")).isFalse();
        assertThat(cluster.path("lifecycle").path("ignore_changes").get(0).asText()).isEqualTo("replication_source_identifier");
        assertThat(cluster.path("backup_retention_period").asInt()).isEqualTo(35);
        assertThat(resources.has(RdsGlobalCluster.TF_RESOURCE_TYPE)).isFalse();
    }

    @Test
    void should_build_a_multi_az_instance_with_the_same_guardrails() throws Exception {
        JsonNode resources = synth(stack -> props().engine(new RdsMultiAz("db.m6g.large", 100, 400)).build());
        JsonNode instance = only(resources, DbInstance.TF_RESOURCE_TYPE);
        assertThat(instance.path("engine").asText()).isEqualTo("postgres");
        assertThat(instance.path("multi_az").asBoolean()).isTrue();
        assertThat(instance.path("instance_class").asText()).isEqualTo("db.m6g.large");
        assertThat(instance.path("allocated_storage").asInt()).isEqualTo(100);
        assertThat(instance.path("max_allocated_storage").asInt()).isEqualTo(400);
        assertThat(instance.path("storage_encrypted").asBoolean()).isTrue();
        assertThat(instance.path("kms_key_id").asText()).startsWith("${aws_kms_key.");
        assertThat(instance.path("deletion_protection").asBoolean()).isTrue();
        assertThat(instance.path("backup_retention_period").asInt()).isEqualTo(35);
        assertThat(instance.path("backup_window").asText()).isEqualTo("02:00-02:30");
        assertThat(instance.path("copy_tags_to_snapshot").asBoolean()).isTrue();
        assertThat(instance.path("iam_database_authentication_enabled").asBoolean()).isTrue();
        assertThat(instance.path("performance_insights_enabled").asBoolean()).isTrue();
        assertThat(instance.path("monitoring_interval").asInt()).isEqualTo(60);
        assertThat(instance.path("publicly_accessible").asBoolean(true)).isFalse();
        assertThat(instance.path("manage_master_user_password").asBoolean()).isTrue();
        assertThat(instance.path("enabled_cloudwatch_logs_exports")).extracting(JsonNode::asText)
                .containsExactly("postgresql", "upgrade");
        JsonNode group = only(resources, DbParameterGroup.TF_RESOURCE_TYPE);
        assertThat(group.path("family").asText()).isEqualTo("postgres16");
        assertThat(group.path("parameter")).extracting(p -> p.path("name").asText() + "=" + p.path("value").asText())
                .containsExactly("rds.force_ssl=1", "log_min_duration_statement=750");
        assertThat(resources.has(RdsCluster.TF_RESOURCE_TYPE)).isFalse();
    }
}
