package com.haevn.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plausible values for the computed attributes of AWS resources, in the formats the AWS provider checks at plan
 * time: EC2 ids with their prefixes ({@code vpc-0…}), ARNs of the right service in the resource's region and
 * account, queue URLs, KMS key ids, hosted zone ids. Values are derived from a seed (the producer stack and the
 * resource address), so the same configuration always gives the same values.
 */
final class AwsValues {

    /**
     * The resource whose attribute is asked for.
     *
     * @param type      the resource type, e.g. {@code aws_vpc}
     * @param name      the logical name in the configuration
     * @param argument  the resource's argument of that name, its expressions already resolved, if it has one
     * @param region    the region of the resource's provider configuration
     * @param accountId the account of the resource's provider configuration
     * @param seed      what makes this resource's values differ from every other's
     */
    record Subject(String type, String name, Function<String, Optional<JsonNode>> argument, String region,
                   String accountId, String seed) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** EC2-style ids: a prefix, a dash and 17 hex digits. */
    private static final Map<String, String> ID_PREFIXES = Map.ofEntries(
            Map.entry("aws_vpc", "vpc"), Map.entry("aws_subnet", "subnet"), Map.entry("aws_security_group", "sg"),
            Map.entry("aws_internet_gateway", "igw"), Map.entry("aws_egress_only_internet_gateway", "eigw"),
            Map.entry("aws_nat_gateway", "nat"), Map.entry("aws_route_table", "rtb"), Map.entry("aws_eip", "eipalloc"),
            Map.entry("aws_network_interface", "eni"), Map.entry("aws_vpc_endpoint", "vpce"),
            Map.entry("aws_instance", "i"), Map.entry("aws_launch_template", "lt"), Map.entry("aws_network_acl", "acl"),
            Map.entry("aws_flow_log", "fl"), Map.entry("aws_ec2_transit_gateway", "tgw"),
            Map.entry("aws_ebs_volume", "vol"), Map.entry("aws_route_table_association", "rtbassoc"),
            Map.entry("aws_vpc_security_group_ingress_rule", "sgr"),
            Map.entry("aws_vpc_security_group_egress_rule", "sgr"), Map.entry("aws_vpc_peering_connection", "pcx"));

    /** Resources whose id is their ARN. */
    private static final List<String> ARN_IDS = List.of("aws_lb", "aws_alb", "aws_lb_target_group",
            "aws_alb_target_group", "aws_lb_listener", "aws_alb_listener", "aws_lb_listener_rule", "aws_sns_topic",
            "aws_acm_certificate", "aws_iam_openid_connect_provider", "aws_iam_policy", "aws_secretsmanager_secret",
            "aws_sfn_state_machine");

    /** The argument that names a resource, by type; {@code name} for every other type. */
    private static final Map<String, String> NAME_ARGUMENTS = Map.of("aws_s3_bucket", "bucket",
            "aws_eks_node_group", "node_group_name", "aws_rds_cluster", "cluster_identifier",
            "aws_db_instance", "identifier", "aws_elasticache_replication_group", "replication_group_id",
            "aws_lambda_function", "function_name", "aws_eks_addon", "addon_name");

    /**
     * How a type's ARN reads. {@code service}: the ARN's service; {@code regional} and {@code withAccount}: whether the
     * region and account fields are filled; {@code resource}: the resource part, with {name}, {id}, {hex}, {uuid},
     * {HEX} and {region} filled in.
     */
    private record ArnFormat(String service, boolean regional, boolean withAccount, String resource) {
    }

    private static final Map<String, ArnFormat> ARNS = Map.ofEntries(
            Map.entry("aws_vpc", ec2("vpc/{id}")), Map.entry("aws_subnet", ec2("subnet/{id}")),
            Map.entry("aws_security_group", ec2("security-group/{id}")),
            Map.entry("aws_internet_gateway", ec2("internet-gateway/{id}")),
            Map.entry("aws_nat_gateway", ec2("natgateway/{id}")), Map.entry("aws_route_table", ec2("route-table/{id}")),
            Map.entry("aws_vpc_endpoint", ec2("vpc-endpoint/{id}")),
            Map.entry("aws_flow_log", ec2("vpc-flow-log/{id}")),
            Map.entry("aws_launch_template", ec2("launch-template/{id}")),
            Map.entry("aws_iam_role", global("iam", "role/{name}")),
            Map.entry("aws_iam_policy", global("iam", "policy/{name}")),
            Map.entry("aws_iam_instance_profile", global("iam", "instance-profile/{name}")),
            Map.entry("aws_iam_openid_connect_provider",
                    global("iam", "oidc-provider/oidc.eks.{region}.amazonaws.com/id/{HEX}")),
            Map.entry("aws_s3_bucket", new ArnFormat("s3", false, false, "{name}")),
            Map.entry("aws_route53_zone", new ArnFormat("route53", false, false, "hostedzone/{id}")),
            Map.entry("aws_kms_key", regional("kms", "key/{uuid}")),
            Map.entry("aws_kms_alias", regional("kms", "{name}")),
            Map.entry("aws_sns_topic", regional("sns", "{name}")),
            Map.entry("aws_sqs_queue", regional("sqs", "{name}")),
            Map.entry("aws_lb", regional("elasticloadbalancing", "loadbalancer/app/{name}/{hex}")),
            Map.entry("aws_alb", regional("elasticloadbalancing", "loadbalancer/app/{name}/{hex}")),
            Map.entry("aws_lb_target_group", regional("elasticloadbalancing", "targetgroup/{name}/{hex}")),
            Map.entry("aws_alb_target_group", regional("elasticloadbalancing", "targetgroup/{name}/{hex}")),
            Map.entry("aws_lb_listener", regional("elasticloadbalancing", "listener/app/{name}/{hex}/{hex}")),
            Map.entry("aws_alb_listener", regional("elasticloadbalancing", "listener/app/{name}/{hex}/{hex}")),
            Map.entry("aws_lb_listener_rule",
                    regional("elasticloadbalancing", "listener-rule/app/{name}/{hex}/{hex}/{hex}")),
            Map.entry("aws_eks_cluster", regional("eks", "cluster/{name}")),
            Map.entry("aws_eks_node_group", regional("eks", "nodegroup/{name}/{name}/{uuid}")),
            Map.entry("aws_acm_certificate", regional("acm", "certificate/{uuid}")),
            Map.entry("aws_cloudwatch_log_group", regional("logs", "log-group:{name}")),
            Map.entry("aws_cloudwatch_metric_alarm", regional("cloudwatch", "alarm:{name}")),
            Map.entry("aws_dynamodb_table", regional("dynamodb", "table/{name}")),
            Map.entry("aws_cloudwatch_event_bus", regional("events", "event-bus/{name}")),
            Map.entry("aws_cloudwatch_event_rule", regional("events", "rule/{name}")),
            Map.entry("aws_secretsmanager_secret", regional("secretsmanager", "secret:{name}-{hex6}")),
            Map.entry("aws_rds_cluster", regional("rds", "cluster:{name}")),
            Map.entry("aws_db_instance", regional("rds", "db:{name}")),
            Map.entry("aws_elasticache_replication_group", regional("elasticache", "replicationgroup:{name}")),
            Map.entry("aws_ecr_repository", regional("ecr", "repository/{name}")),
            Map.entry("aws_lambda_function", regional("lambda", "function:{name}")),
            Map.entry("aws_backup_vault", regional("backup", "backup-vault:{name}")));

    private AwsValues() {
    }

    /**
     * A plausible value of {@code subject}'s attribute at {@code path} (nested block and attribute names, indices
     * left out: {@code [identity, oidc, issuer]}).
     */
    static JsonNode attribute(Subject subject, List<String> path) {
        String attribute = path.get(path.size() - 1);
        String joined = String.join(".", path);
        if (joined.equals("identity.oidc.issuer")) {
            return text("https://oidc.eks." + subject.region() + ".amazonaws.com/id/" + upperHex(subject, 32));
        }
        if (joined.equals("certificate_authority.data")) {
            return text(Base64.getEncoder().encodeToString(("offline plan placeholder certificate authority for "
                    + subject.seed()).getBytes(StandardCharsets.UTF_8)));
        }
        return switch (attribute) {
            case "id" -> text(id(subject));
            case "arn" -> text(arn(subject));
            case "name" -> text(name(subject));
            case "url" -> text(queueUrl(subject));
            case "key_id" -> text(uuid(subject));
            case "account_id", "owner_id" -> text(subject.accountId());
            case "region" -> text(subject.region());
            case "zone_id", "hosted_zone_id" -> text(zoneId(subject));
            case "dns_name" -> text(name(subject) + "-" + digits(subject) + "." + subject.region()
                    + ".elb.amazonaws.com");
            case "endpoint" -> text(subject.type().equals("aws_eks_cluster")
                    ? "https://" + upperHex(subject, 32) + ".gr7." + subject.region() + ".eks.amazonaws.com"
                    : host(subject));
            case "arn_suffix" -> text(arn(subject).replaceFirst("^.*:(loadbalancer/)?", ""));
            default -> derived(subject, attribute);
        };
    }

    /** Attributes known by their name's ending: {@code *_arn}, {@code *_id}, {@code *_ids}, endpoints. */
    private static JsonNode derived(Subject subject, String attribute) {
        if (attribute.endsWith("_ids")) {
            ArrayNode ids = NODES.arrayNode();
            String singular = attribute.substring(0, attribute.length() - 1);
            for (int i = 0; i < 3; i++) {
                ids.add(derived(withSeed(subject, subject.seed() + "#" + i), singular));
            }
            return ids;
        }
        if (attribute.endsWith("_arn")) {
            String named = namedType(attribute, "_arn");
            return text(arn(ARNS.containsKey(named) ? related(subject, named) : subject));
        }
        if (attribute.endsWith("_id")) {
            String named = namedType(attribute, "_id");
            if (named.equals("aws_kms_key")) {
                return text(uuid(related(subject, named)));
            }
            return text(id(ID_PREFIXES.containsKey(named) ? related(subject, named) : subject));
        }
        if (attribute.endsWith("endpoint") || attribute.endsWith("_address") || attribute.endsWith("hostname")) {
            return text(host(subject));
        }
        return text(name(subject) + "-" + attribute.replace('_', '-'));
    }

    /** The type an attribute name points at: {@code role_arn} → {@code aws_iam_role}, {@code vpc_id} → aws_vpc. */
    private static String namedType(String attribute, String suffix) {
        String noun = attribute.substring(0, attribute.length() - suffix.length());
        return switch (noun) {
            case "role", "execution_role", "task_role", "service_role" -> "aws_iam_role";
            case "kms_key", "key", "kms_master_key" -> "aws_kms_key";
            case "cluster_security_group", "source_security_group", "security_group" -> "aws_security_group";
            case "topic" -> "aws_sns_topic";
            case "queue", "dead_letter_queue" -> "aws_sqs_queue";
            case "target_group" -> "aws_lb_target_group";
            case "load_balancer" -> "aws_lb";
            case "certificate" -> "aws_acm_certificate";
            case "oidc_provider" -> "aws_iam_openid_connect_provider";
            default -> "aws_" + noun;
        };
    }

    private static Subject related(Subject subject, String type) {
        return new Subject(type, subject.name(), key -> Optional.empty(), subject.region(), subject.accountId(),
                subject.seed() + ">" + type);
    }

    private static Subject withSeed(Subject subject, String seed) {
        return new Subject(subject.type(), subject.name(), subject.argument(), subject.region(), subject.accountId(),
                seed);
    }

    private static String id(Subject subject) {
        String prefix = ID_PREFIXES.get(subject.type());
        if (prefix != null) {
            return prefix + "-0" + hex(subject, 16);
        }
        if (ARN_IDS.contains(subject.type())) {
            return arn(subject);
        }
        return switch (subject.type()) {
            case "aws_sqs_queue" -> queueUrl(subject);
            case "aws_kms_key" -> uuid(subject);
            case "aws_route53_zone" -> zoneId(subject);
            default -> name(subject);
        };
    }

    private static String arn(Subject subject) {
        ArnFormat format = ARNS.getOrDefault(subject.type(), fallbackFormat(subject.type()));
        String resource = format.resource()
                .replace("{name}", name(subject))
                .replace("{uuid}", uuid(subject))
                .replace("{HEX}", upperHex(subject, 32))
                .replace("{hex6}", hex(subject, 6))
                .replace("{hex}", hex(subject, 16))
                .replace("{region}", subject.region());
        if (resource.contains("{id}")) {
            resource = resource.replace("{id}", id(subject));
        }
        return "arn:aws:" + format.service() + ":" + (format.regional() ? subject.region() : "") + ":"
                + (format.withAccount() ? subject.accountId() : "") + ":" + resource;
    }

    /** For a type without a known format: the service is the type's first word, the resource its other words. */
    private static ArnFormat fallbackFormat(String type) {
        String[] words = type.replaceFirst("^aws_", "").split("_", 2);
        return regional(words[0], (words.length > 1 ? words[1].replace('_', '-') : words[0]) + "/{name}");
    }

    private static String name(Subject subject) {
        String argument = NAME_ARGUMENTS.getOrDefault(subject.type(), "name");
        Optional<String> named = subject.argument().apply(argument).filter(JsonNode::isTextual).map(JsonNode::asText);
        if (named.isPresent()) {
            return named.get();
        }
        Optional<String> prefix = subject.argument().apply(argument + "_prefix").filter(JsonNode::isTextual)
                .map(JsonNode::asText);
        if (prefix.isPresent()) {
            return prefix.get() + hex(subject, 8);
        }
        String logical = subject.name().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return logical.length() > 32 ? logical.substring(0, 32).replaceAll("-$", "") : logical;
    }

    private static String queueUrl(Subject subject) {
        return "https://sqs." + subject.region() + ".amazonaws.com/" + subject.accountId() + "/" + name(subject);
    }

    private static String zoneId(Subject subject) {
        return "Z" + upperHex(subject, 13);
    }

    private static String host(Subject subject) {
        return name(subject) + "." + hex(subject, 12) + "." + subject.region() + ".amazonaws.com";
    }

    private static String uuid(Subject subject) {
        String h = hex(subject, 32);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-8" + h.substring(17, 20)
                + "-" + h.substring(20, 32);
    }

    private static String digits(Subject subject) {
        return Long.toString(Long.parseUnsignedLong(hex(subject, 15), 16) % 9_000_000_000L + 1_000_000_000L);
    }

    private static String upperHex(Subject subject, int length) {
        return hex(subject, length).toUpperCase();
    }

    private static String hex(Subject subject, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(subject.seed().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static ArnFormat ec2(String resource) {
        return regional("ec2", resource);
    }

    private static ArnFormat regional(String service, String resource) {
        return new ArnFormat(service, true, true, resource);
    }

    private static ArnFormat global(String service, String resource) {
        return new ArnFormat(service, false, true, resource);
    }

    private static JsonNode text(String value) {
        return TextNode.valueOf(value);
    }
}
