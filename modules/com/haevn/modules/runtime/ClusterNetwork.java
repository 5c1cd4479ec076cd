package com.haevn.modules.runtime;

import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_egress_rule.VpcSecurityGroupEgressRule;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * The two security groups of a cluster, each opening to the other only what EKS needs (the rules
 * terraform-aws-modules/eks recommends): the control plane's group admits the nodes on 443; the nodes' group admits
 * the control plane on 443 (webhooks), 10250 (kubelet) and the usual webhook ports, and the nodes themselves on DNS
 * and ephemeral ports. Nodes reach out anywhere (images, AWS APIs through NAT). Other layers add their own rules to
 * the nodes' group (load balancer to nodes, nodes to databases and caches).
 */
public class ClusterNetwork extends Construct {

    /** Ports the control plane calls on nodes: webhooks (443 and common webhook ports) and the kubelet (10250). */
    public static final List<Integer> CONTROL_PLANE_TO_NODE_PORTS = List.of(443, 4443, 6443, 8443, 9443, 10250);

    private final SecurityGroup cluster;
    private final SecurityGroup nodes;

    public ClusterNetwork(Construct scope, String id, String clusterName, String vpcId) {
        super(scope, id);
        cluster = SecurityGroup.Builder.create(this, "cluster")
                .name(clusterName + "-cluster")
                .description("EKS control plane of " + clusterName + ": admits its nodes")
                .vpcId(vpcId)
                .tags(Map.of("Name", clusterName + "-cluster"))
                .build();
        nodes = SecurityGroup.Builder.create(this, "nodes")
                .name(clusterName + "-nodes")
                .description("Nodes of " + clusterName + ": admit the control plane and each other")
                .vpcId(vpcId)
                .tags(Map.of("Name", clusterName + "-nodes", "kubernetes.io/cluster/" + clusterName, "owned"))
                .build();

        ingress("cluster-from-nodes-443", cluster, nodes, "tcp", 443, 443, "Nodes call the API server");
        for (int port : CONTROL_PLANE_TO_NODE_PORTS) {
            ingress("nodes-from-cluster-" + port, nodes, cluster, "tcp", port, port,
                    port == 10250 ? "Control plane calls the kubelet" : "Control plane calls webhooks on " + port);
        }
        ingress("nodes-from-nodes-dns-tcp", nodes, nodes, "tcp", 53, 53, "Nodes resolve names with CoreDNS (TCP)");
        ingress("nodes-from-nodes-dns-udp", nodes, nodes, "udp", 53, 53, "Nodes resolve names with CoreDNS (UDP)");
        ingress("nodes-from-nodes-ephemeral", nodes, nodes, "tcp", 1025, 65535, "Pods call pods on other nodes");
        VpcSecurityGroupEgressRule.Builder.create(this, "nodes-egress")
                .securityGroupId(nodes.getId())
                .ipProtocol("-1")
                .cidrIpv4("0.0.0.0/0")
                .description("Nodes pull images and call AWS APIs")
                .build();
    }

    private void ingress(String id, SecurityGroup to, SecurityGroup from, String protocol, int fromPort, int toPort,
                         String description) {
        VpcSecurityGroupIngressRule.Builder.create(this, id)
                .securityGroupId(to.getId())
                .referencedSecurityGroupId(from.getId())
                .ipProtocol(protocol)
                .fromPort(fromPort)
                .toPort(toPort)
                .description(description)
                .build();
    }

    /** The group on the control plane's network interfaces. */
    public SecurityGroup clusterGroup() {
        return cluster;
    }

    /** The group on every node: other layers add ingress rules to it. */
    public SecurityGroup nodeGroup() {
        return nodes;
    }
}
