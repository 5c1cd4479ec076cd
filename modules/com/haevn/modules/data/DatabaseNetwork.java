package com.haevn.modules.data;

import com.hashicorp.cdktf.providers.aws.db_subnet_group.DbSubnetGroup;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import software.constructs.Construct;

/**
 * Where the database listens: a DB subnet group over the private subnets and a security group that admits only
 * the client security group (the runtime's nodes), on the PostgreSQL port. The group has no egress rule (Terraform
 * removes the one AWS adds): the database opens no connection of its own.
 */
public class DatabaseNetwork extends Construct {

    private final DbSubnetGroup subnetGroup;
    private final SecurityGroup securityGroup;

    public DatabaseNetwork(Construct scope, String id, DatabaseProps props) {
        super(scope, id);
        subnetGroup = DbSubnetGroup.Builder.create(this, "subnets")
                .name(props.name())
                .description("Private subnets of " + props.name())
                .subnetIds(props.subnetIds())
                .build();
        securityGroup = SecurityGroup.Builder.create(this, "security-group")
                .name(props.name() + "-db")
                .description("PostgreSQL of " + props.name() + ": the runtime nodes only")
                .vpcId(props.vpcId())
                .build();
        VpcSecurityGroupIngressRule.Builder.create(this, "from-clients")
                .securityGroupId(securityGroup.getId())
                .referencedSecurityGroupId(props.clientSecurityGroupId())
                .ipProtocol("tcp")
                .fromPort(props.port())
                .toPort(props.port())
                .description("PostgreSQL from the runtime nodes")
                .build();
    }

    public DbSubnetGroup subnetGroup() {
        return subnetGroup;
    }

    public SecurityGroup securityGroup() {
        return securityGroup;
    }
}
