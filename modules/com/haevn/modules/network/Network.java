package com.haevn.modules.network;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.default_security_group.DefaultSecurityGroup;
import com.hashicorp.cdktf.providers.aws.eip.Eip;
import com.hashicorp.cdktf.providers.aws.flow_log.FlowLog;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.internet_gateway.InternetGateway;
import com.hashicorp.cdktf.providers.aws.nat_gateway.NatGateway;
import com.hashicorp.cdktf.providers.aws.route.Route;
import com.hashicorp.cdktf.providers.aws.route_table.RouteTable;
import com.hashicorp.cdktf.providers.aws.route_table_association.RouteTableAssociation;
import com.hashicorp.cdktf.providers.aws.subnet.Subnet;
import com.hashicorp.cdktf.providers.aws.vpc.Vpc;
import com.hashicorp.cdktf.providers.aws.vpc_endpoint.VpcEndpoint;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A VPC spread over availability zones: per zone one public and one private subnet, an internet gateway for the
 * public ones, NAT gateways for the private ones (per zone or one shared), flow logs to CloudWatch Logs, S3 and
 * DynamoDB gateway endpoints, and a default security group that allows nothing.
 *
 * <p>Subnets carry the tags the AWS Load Balancer Controller uses to place load balancers of an EKS cluster:
 * {@code kubernetes.io/role/elb} on public subnets, {@code kubernetes.io/role/internal-elb} on private ones.
 */
public class Network extends Construct {

    private final Vpc vpc;
    private final List<Subnet> publicSubnets = new ArrayList<>();
    private final List<Subnet> privateSubnets = new ArrayList<>();
    private final List<RouteTable> privateRouteTables = new ArrayList<>();
    private final List<NatGateway> natGateways = new ArrayList<>();
    private final FlowLog flowLog;

    public Network(Construct scope, String id, NetworkProps props) {
        super(scope, id);
        vpc = Vpc.Builder.create(this, "vpc")
                .cidrBlock(props.vpcCidr().toString())
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(name(props.name()))
                .build();
        lockDownDefaultSecurityGroup(props);

        InternetGateway internetGateway = InternetGateway.Builder.create(this, "internet-gateway")
                .vpcId(vpc.getId())
                .tags(name(props.name()))
                .build();
        RouteTable publicRoutes = RouteTable.Builder.create(this, "public-routes")
                .vpcId(vpc.getId())
                .tags(name(props.name() + "-public"))
                .build();
        Route.Builder.create(this, "public-default-route")
                .routeTableId(publicRoutes.getId())
                .destinationCidrBlock("0.0.0.0/0")
                .gatewayId(internetGateway.getId())
                .build();

        List<String> zones = props.availabilityZones();
        boolean perZone = props.natGateways() == NatGatewayMode.PER_AZ;
        for (int i = 0; i < zones.size(); i++) {
            String zone = zones.get(i);
            Subnet publicSubnet = Subnet.Builder.create(this, "public-" + zone)
                    .vpcId(vpc.getId())
                    .availabilityZone(zone)
                    .cidrBlock(props.publicSubnetCidrs().get(i))
                    .mapPublicIpOnLaunch(false)
                    .tags(new TreeMap<>(Map.of("Name", props.name() + "-public-" + zone, "kubernetes.io/role/elb", "1")))
                    .build();
            publicSubnets.add(publicSubnet);
            RouteTableAssociation.Builder.create(this, "public-" + zone + "-routes")
                    .subnetId(publicSubnet.getId())
                    .routeTableId(publicRoutes.getId())
                    .build();
            if (perZone || i == 0) {
                natGateways.add(natGateway(props, zone, publicSubnet, internetGateway));
            }
        }
        for (int i = 0; i < zones.size(); i++) {
            String zone = zones.get(i);
            Subnet privateSubnet = Subnet.Builder.create(this, "private-" + zone)
                    .vpcId(vpc.getId())
                    .availabilityZone(zone)
                    .cidrBlock(props.privateSubnetCidrs().get(i))
                    .tags(new TreeMap<>(Map.of("Name", props.name() + "-private-" + zone, "kubernetes.io/role/internal-elb", "1")))
                    .build();
            privateSubnets.add(privateSubnet);
            RouteTable routes = RouteTable.Builder.create(this, "private-" + zone + "-routes-table")
                    .vpcId(vpc.getId())
                    .tags(name(props.name() + "-private-" + zone))
                    .build();
            privateRouteTables.add(routes);
            NatGateway egress = natGateways.get(perZone ? i : 0);
            Route.Builder.create(this, "private-" + zone + "-default-route")
                    .routeTableId(routes.getId())
                    .destinationCidrBlock("0.0.0.0/0")
                    .natGatewayId(egress.getId())
                    .build();
            RouteTableAssociation.Builder.create(this, "private-" + zone + "-routes")
                    .subnetId(privateSubnet.getId())
                    .routeTableId(routes.getId())
                    .build();
        }

        List<String> allRouteTables = new ArrayList<>(routeTableIds(privateRouteTables));
        allRouteTables.add(publicRoutes.getId());
        for (String service : List.of("s3", "dynamodb")) {
            VpcEndpoint.Builder.create(this, service + "-endpoint")
                    .vpcId(vpc.getId())
                    .serviceName("com.amazonaws." + props.region() + "." + service)
                    .vpcEndpointType("Gateway")
                    .routeTableIds(allRouteTables)
                    .tags(name(props.name() + "-" + service))
                    .build();
        }
        flowLog = flowLogs(props);
    }

    private NatGateway natGateway(NetworkProps props, String zone, Subnet publicSubnet, InternetGateway internetGateway) {
        Eip address = Eip.Builder.create(this, "nat-" + zone + "-address")
                .domain("vpc")
                .tags(name(props.name() + "-nat-" + zone))
                .dependsOn(List.of(internetGateway))
                .build();
        return NatGateway.Builder.create(this, "nat-" + zone)
                .allocationId(address.getId())
                .subnetId(publicSubnet.getId())
                .tags(name(props.name() + "-nat-" + zone))
                .dependsOn(List.of(internetGateway))
                .build();
    }

    /** With no rules, the default security group denies all traffic: nothing can fall back on it by accident. */
    private void lockDownDefaultSecurityGroup(NetworkProps props) {
        DefaultSecurityGroup.Builder.create(this, "default-security-group")
                .vpcId(vpc.getId())
                .tags(name(props.name() + "-default-deny-all"))
                .build();
    }

    private FlowLog flowLogs(NetworkProps props) {
        CloudwatchLogGroup logGroup = CloudwatchLogGroup.Builder.create(this, "flow-log-group")
                .name("/haevn/vpc-flow-logs/" + props.name())
                .retentionInDays(props.flowLogRetentionDays())
                .tags(name(props.name() + "-flow-logs"))
                .build();
        IamRole role = IamRole.Builder.create(this, "flow-log-role")
                .name(props.name() + "-vpc-flow-logs")
                .assumeRolePolicy(PolicyJson.document(List.of(Map.of(
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "vpc-flow-logs.amazonaws.com"),
                        "Action", "sts:AssumeRole"))))
                .tags(name(props.name() + "-vpc-flow-logs"))
                .build();
        IamRolePolicy.Builder.create(this, "flow-log-policy")
                .name("write-flow-logs")
                .role(role.getId())
                .policy(PolicyJson.document(List.of(Map.of(
                        "Effect", "Allow",
                        "Action", List.of("logs:CreateLogStream", "logs:PutLogEvents",
                                "logs:DescribeLogGroups", "logs:DescribeLogStreams"),
                        "Resource", List.of(logGroup.getArn(), logGroup.getArn() + ":*")))))
                .build();
        return FlowLog.Builder.create(this, "flow-log")
                .vpcId(vpc.getId())
                .trafficType("ALL")
                .logDestinationType("cloud-watch-logs")
                .logDestination(logGroup.getArn())
                .iamRoleArn(role.getArn())
                .tags(name(props.name() + "-flow-log"))
                .build();
    }

    private static Map<String, String> name(String value) {
        return Map.of("Name", value);
    }

    private static List<String> routeTableIds(List<RouteTable> tables) {
        return tables.stream().map(RouteTable::getId).toList();
    }


    public Vpc vpc() {
        return vpc;
    }

    public String vpcId() {
        return vpc.getId();
    }

    public List<String> publicSubnetIds() {
        return publicSubnets.stream().map(Subnet::getId).toList();
    }

    public List<String> privateSubnetIds() {
        return privateSubnets.stream().map(Subnet::getId).toList();
    }

    public List<String> privateRouteTableIds() {
        return routeTableIds(privateRouteTables);
    }

    public int natGatewayCount() {
        return natGateways.size();
    }

    public FlowLog flowLog() {
        return flowLog;
    }
}
