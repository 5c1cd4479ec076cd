package com.haevn.modules.peering;

import com.hashicorp.cdktf.providers.aws.route.Route;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection.VpcPeeringConnection;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection_accepter.VpcPeeringConnectionAccepterA;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection_options.VpcPeeringConnectionOptions;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection_options.VpcPeeringConnectionOptionsAccepter;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection_options.VpcPeeringConnectionOptionsRequester;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import software.constructs.Construct;

import java.util.Map;

/**
 * A VPC peering between two regions of one account, owned whole by the requester's stack: the connection (requested
 * in the requester's region, accepted through the accepter region's provider, since a cross-region peering cannot be
 * accepted by its requester), private DNS resolution across it in both directions (the other region's database and
 * cache endpoints resolve to their private addresses), a route to the other range in every listed route table of
 * each end, and on each end's node group an ingress rule per peered port from the other end's range. Security groups
 * cannot reference a group across regions, so the rules name ranges, and only the peered ports.
 */
public class RegionPeering extends Construct {

    private final VpcPeeringConnection connection;

    public RegionPeering(Construct scope, String id, RegionPeeringProps props) {
        super(scope, id);
        PeeredVpc requester = props.requester();
        PeeredVpc accepter = props.accepter();
        connection = VpcPeeringConnection.Builder.create(this, "connection")
                .provider(requester.provider())
                .vpcId(requester.vpcId())
                .peerVpcId(accepter.vpcId())
                .peerRegion(accepter.region())
                .peerOwnerId(props.accountId())
                .tags(Map.of("Name", props.name()))
                .build();
        VpcPeeringConnectionAccepterA accepted = VpcPeeringConnectionAccepterA.Builder.create(this, "accepter")
                .provider(accepter.provider())
                .vpcPeeringConnectionId(connection.getId())
                .autoAccept(true)
                .tags(Map.of("Name", props.name()))
                .build();
        // the options exist only on an active connection: both reference the accepter, each set from its own side
        VpcPeeringConnectionOptions.Builder.create(this, "requester-options")
                .provider(requester.provider())
                .vpcPeeringConnectionId(accepted.getId())
                .requester(VpcPeeringConnectionOptionsRequester.builder().allowRemoteVpcDnsResolution(true).build())
                .build();
        VpcPeeringConnectionOptions.Builder.create(this, "accepter-options")
                .provider(accepter.provider())
                .vpcPeeringConnectionId(accepted.getId())
                .accepter(VpcPeeringConnectionOptionsAccepter.builder().allowRemoteVpcDnsResolution(true).build())
                .build();
        connect("requester", requester, accepter, accepted, props);
        connect("accepter", accepter, requester, accepted, props);
    }

    /** Routes from {@code from}'s tables to {@code to}'s range, and {@code from}'s nodes admitting that range. */
    private void connect(String side, PeeredVpc from, PeeredVpc to, VpcPeeringConnectionAccepterA accepted,
                         RegionPeeringProps props) {
        for (int i = 0; i < from.routeTableIds().size(); i++) {
            Route.Builder.create(this, side + "-route-" + i)
                    .provider(from.provider())
                    .routeTableId(from.routeTableIds().get(i))
                    .destinationCidrBlock(to.cidr().toString())
                    .vpcPeeringConnectionId(accepted.getId())
                    .build();
        }
        for (PeeredPort port : props.ports()) {
            VpcSecurityGroupIngressRule.Builder.create(this, side + "-nodes-" + port.port())
                    .provider(from.provider())
                    .securityGroupId(from.nodeSecurityGroupId())
                    .cidrIpv4(to.cidr().toString())
                    .ipProtocol("tcp")
                    .fromPort(port.port())
                    .toPort(port.port())
                    .description(port.purpose() + " from " + to.region() + " through the peering")
                    .build();
        }
    }

    public VpcPeeringConnection connection() {
        return connection;
    }
}
