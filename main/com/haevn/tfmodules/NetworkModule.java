package com.haevn.tfmodules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.modules.network.Cidr;
import com.haevn.modules.network.NatGatewayMode;
import com.haevn.modules.network.Network;
import com.haevn.modules.network.NetworkProps;
import com.haevn.modules.network.SubnetLayout;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Network} as a module for three availability zones. The construct decides per zone at synth time; the
 * module fixes the zone count (resource addresses name the zone's position, {@code public-az0}) and expresses the NAT
 * mode with {@code count}: the second and third NAT gateways exist only with {@code PER_AZ}, and those zones'
 * private routes then use their own gateway, else the first zone's.
 */
final class NetworkModule implements ModuleRecipe {

    static final int ZONES = 3;
    private static final String VPC = "10.251.0.0/16";
    private static final String PER_AZ = "${var.nat_gateways == \"PER_AZ\"";

    @Override
    public String name() {
        return "network";
    }

    @Override
    public String summary() {
        return "A VPC over three availability zones (construct `com.haevn.modules.network.Network`): per zone one public"
                + " and one private subnet, an internet gateway, NAT gateways per zone or one shared, flow logs of all"
                + " traffic to CloudWatch Logs, S3 and DynamoDB gateway endpoints, and a default security group that"
                + " allows nothing. Subnets carry the AWS Load Balancer Controller's role tags. The zone count decides"
                + " which resources exist, so this module is generated for exactly three zones; use the Java construct"
                + " for two.";
    }

    @Override
    public List<Class<? extends Record>> propsRecords() {
        return List.of(NetworkProps.class);
    }

    @Override
    public Map<String, String> propInputs() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("NetworkProps.name", "name");
        props.put("NetworkProps.region", "region");
        props.put("NetworkProps.vpcCidr", "vpc_cidr");
        props.put("NetworkProps.availabilityZones", "availability_zones");
        props.put("NetworkProps.publicSubnetCidrs", "public_subnet_cidrs");
        props.put("NetworkProps.privateSubnetCidrs", "private_subnet_cidrs");
        props.put("NetworkProps.natGateways", "nat_gateways");
        props.put("NetworkProps.flowLogRetentionDays", "flow_log_retention_days");
        return props;
    }

    @Override
    public List<LeftOut> leftOut() {
        return List.of();
    }

    @Override
    public List<ModuleInput> inputs() {
        return List.of(
                ModuleInput.required("name", "string", "Prefix of every resource's Name tag, e.g. prod-use1."),
                ModuleInput.required("region", "string",
                        "AWS region the VPC lives in, e.g. us-east-1; names the gateway endpoints' services."),
                ModuleInput.required("vpc_cidr", "string", "The VPC's IPv4 range, host bits zero, e.g. 10.40.0.0/16.",
                        new ModuleInput.Validation("can(regex(\"^(\\\\d{1,3}\\\\.){3}\\\\d{1,3}/\\\\d{1,2}$\", var.vpc_cidr))"
                                + " && try(cidrsubnet(var.vpc_cidr, 0, 0) == var.vpc_cidr, false)",
                                "vpc_cidr must be an IPv4 CIDR whose host bits are zero, e.g. 10.40.0.0/16.")),
                ModuleInput.required("availability_zones", "list(string)",
                        "The three zones, in order; one public and one private subnet each.",
                        new ModuleInput.Validation("length(var.availability_zones) == " + ZONES,
                                "This module is generated for exactly three availability zones.")),
                ModuleInput.optional("public_subnet_cidrs", "list(string)", "One range per zone, inside the VPC;"
                                + " default (null): cidrsubnet(vpc_cidr, 4, 12 + i), a sixteenth each from the VPC's last quarter.",
                        ModuleInput.NullDefault.INSTANCE, subnetsInsideVpc("public_subnet_cidrs")),
                ModuleInput.optional("private_subnet_cidrs", "list(string)", "One range per zone, inside the VPC;"
                                + " default (null): cidrsubnet(vpc_cidr, 2, i), a quarter each.",
                        ModuleInput.NullDefault.INSTANCE, subnetsInsideVpc("private_subnet_cidrs")),
                ModuleInput.optional("nat_gateways", "string", "PER_AZ: one NAT gateway per zone, each private subnet"
                                + " routed through its own; SINGLE: one in the first zone, shared (cheaper, but egress fails"
                                + " with that zone).", NatGatewayMode.PER_AZ.name(),
                        new ModuleInput.Validation("contains([\"PER_AZ\", \"SINGLE\"], var.nat_gateways)",
                                "nat_gateways must be PER_AZ or SINGLE.")),
                ModuleInput.optional("flow_log_retention_days", "number",
                        "How long VPC flow logs are kept in CloudWatch Logs, in days (a value CloudWatch accepts).",
                        NetworkProps.DEFAULT_FLOW_LOG_RETENTION_DAYS,
                        new ModuleInput.Validation("var.flow_log_retention_days >= 1",
                                "flow_log_retention_days must be at least 1.")));
    }

    private static ModuleInput.Validation subnetsInsideVpc(String variable) {
        String each = "try(cidrsubnet(format(\"%s/%s\", cidrhost(s, 0), split(\"/\", var.vpc_cidr)[1]), 0, 0) =="
                + " var.vpc_cidr && tonumber(split(\"/\", s)[1]) >= tonumber(split(\"/\", var.vpc_cidr)[1])"
                + " && cidrsubnet(s, 0, 0) == s, false)";
        return new ModuleInput.Validation("var." + variable + " == null || try(length(var." + variable + ") == "
                + ZONES + " && alltrue([for s in var." + variable + " : " + each + "]), false)",
                variable + " must be null or one CIDR per zone, each inside vpc_cidr with its host bits zero.");
    }

    @Override
    public Map<String, Object> placeholders() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "nwsentinelname");
        values.put("region", "xn-sentinelregion-9");
        values.put("vpc_cidr", VPC);
        values.put("availability_zones", zones());
        values.put("public_subnet_cidrs", SubnetLayout.publicSubnets(Cidr.parse(VPC), ZONES));
        values.put("private_subnet_cidrs", SubnetLayout.privateSubnets(Cidr.parse(VPC), ZONES));
        values.put("nat_gateways", NatGatewayMode.PER_AZ.name());
        values.put("flow_log_retention_days", 40111);
        return values;
    }

    private static List<String> zones() {
        return List.of("sentinelzonea", "sentinelzoneb", "sentinelzonec");
    }

    @Override
    public List<Substitution> substitutions() {
        List<Substitution> substitutions = new ArrayList<>();
        substitutions.add(Substitution.variable("nwsentinelname", "name"));
        substitutions.add(Substitution.variable("xn-sentinelregion-9", "region"));
        substitutions.add(Substitution.variable(VPC, "vpc_cidr"));
        substitutions.add(Substitution.variable(40111, "flow_log_retention_days"));
        List<String> publics = SubnetLayout.publicSubnets(Cidr.parse(VPC), ZONES);
        List<String> privates = SubnetLayout.privateSubnets(Cidr.parse(VPC), ZONES);
        for (int i = 0; i < ZONES; i++) {
            substitutions.add(Substitution.named(zones().get(i), "${var.availability_zones[" + i + "]}", "az" + i));
            // the defaults as SubnetLayout carves them
            substitutions.add(new Substitution(publics.get(i), "${try(var.public_subnet_cidrs[" + i + "], cidrsubnet("
                    + "var.vpc_cidr, " + SubnetLayout.PUBLIC_NEW_BITS + ", " + (12 + i) + "))}", null));
            substitutions.add(new Substitution(privates.get(i), "${try(var.private_subnet_cidrs[" + i + "], cidrsubnet("
                    + "var.vpc_cidr, " + SubnetLayout.PRIVATE_NEW_BITS + ", " + i + "))}", null));
        }
        return substitutions;
    }

    @Override
    public List<ModuleOutput> build(Construct stack, ModuleValues values) {
        NetworkProps.Builder props = NetworkProps.builder()
                .name(values.string("name"))
                .region(values.string("region"))
                .vpcCidr(Cidr.parse(values.string("vpc_cidr")))
                .availabilityZones(values.strings("availability_zones"))
                .natGateways(NatGatewayMode.valueOf(values.string("nat_gateways")))
                .flowLogRetentionDays(values.integer("flow_log_retention_days"));
        if (values.strings("public_subnet_cidrs") != null) {
            props.publicSubnetCidrs(values.strings("public_subnet_cidrs"));
        }
        if (values.strings("private_subnet_cidrs") != null) {
            props.privateSubnetCidrs(values.strings("private_subnet_cidrs"));
        }
        Network network = new Network(stack, ConstructSynthesizer.ROOT, props.build());
        return List.of(
                new ModuleOutput("vpc_id", "The VPC's id.", network.vpcId()),
                new ModuleOutput("public_subnet_ids", "The public subnets' ids, in zone order.", network.publicSubnetIds()),
                new ModuleOutput("private_subnet_ids", "The private subnets' ids, in zone order.",
                        network.privateSubnetIds()),
                new ModuleOutput("private_route_table_ids", "The private subnets' route tables, in zone order.",
                        network.privateRouteTableIds()),
                new ModuleOutput("flow_log_id", "The VPC flow log's id.", network.flowLog().getId()));
    }

    @Override
    public Set<String> adjustedInputs() {
        return Set.of("nat_gateways");
    }

    /** Synthesized with PER_AZ; with SINGLE the later zones have no NAT gateway and route through the first. */
    @Override
    public void adjust(ObjectNode module) {
        for (int i = 1; i < ZONES; i++) {
            String zone = "az" + i;
            String perZone = PER_AZ + " ? 1 : 0}";
            ModuleJson.resource(module, "aws_eip", "nat-" + zone + "-address").put("count", perZone);
            ModuleJson.resource(module, "aws_nat_gateway", "nat-" + zone).put("count", perZone);
            ModuleJson.replaceEverywhere(module, "${aws_eip.nat-" + zone + "-address.id}",
                    "${aws_eip.nat-" + zone + "-address[0].id}");
            ModuleJson.replaceEverywhere(module, "${aws_nat_gateway.nat-" + zone + ".id}",
                    PER_AZ + " ? aws_nat_gateway.nat-" + zone + "[0].id : aws_nat_gateway.nat-az0.id}");
        }
    }

    @Override
    public Map<String, Object> example() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("name", "payments-use1");
        example.put("region", "us-east-1");
        example.put("vpc_cidr", "10.60.0.0/16");
        example.put("availability_zones", List.of("us-east-1a", "us-east-1b", "us-east-1c"));
        example.put("nat_gateways", NatGatewayMode.SINGLE.name());
        return example;
    }
}
