package com.haevn.modules.runtime;

import java.util.List;
import java.util.Map;

/**
 * The permissions of the AWS Load Balancer Controller, statement by statement as the controller project documents
 * them, narrowed to the cluster's region and account, and to resources tagged {@code elbv2.k8s.aws/cluster} with
 * this cluster's name where the upstream policy only asks for the tag to exist. Reads are on {@code *}: EC2 and ELB
 * describe calls have no resource-level permissions.
 */
final class LoadBalancerControllerPolicy {

    static final String CLUSTER_TAG = "elbv2.k8s.aws/cluster";

    private LoadBalancerControllerPolicy() {
    }

    static List<Map<String, Object>> statements(String region, String accountId, String clusterName) {
        String elb = "arn:aws:elasticloadbalancing:" + region + ":" + accountId + ":";
        String securityGroups = "arn:aws:ec2:" + region + ":" + accountId + ":security-group/*";
        List<String> balancersAndGroups = List.of(elb + "targetgroup/*/*", elb + "loadbalancer/net/*/*",
                elb + "loadbalancer/app/*/*");
        Map<String, String> ownResource = Map.of("aws:ResourceTag/" + CLUSTER_TAG, clusterName);
        Map<String, String> ownRequest = Map.of("aws:RequestTag/" + CLUSTER_TAG, clusterName);
        return List.of(
                statement("CreateElbServiceLinkedRole", List.of("iam:CreateServiceLinkedRole"),
                        List.of("arn:aws:iam::" + accountId + ":role/aws-service-role/elasticloadbalancing."
                                + "amazonaws.com/AWSServiceRoleForElasticLoadBalancing"),
                        Map.of("StringEquals", Map.of("iam:AWSServiceName", "elasticloadbalancing.amazonaws.com"))),
                statement("Describe", List.of("ec2:DescribeAccountAttributes", "ec2:DescribeAddresses",
                        "ec2:DescribeAvailabilityZones", "ec2:DescribeInternetGateways", "ec2:DescribeVpcs",
                        "ec2:DescribeVpcPeeringConnections", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups",
                        "ec2:DescribeInstances", "ec2:DescribeNetworkInterfaces", "ec2:DescribeTags",
                        "ec2:DescribeRouteTables", "ec2:DescribeIpamPools", "ec2:GetCoipPoolUsage",
                        "ec2:DescribeCoipPools", "ec2:GetSecurityGroupsForVpc",
                        "elasticloadbalancing:DescribeLoadBalancers",
                        "elasticloadbalancing:DescribeLoadBalancerAttributes", "elasticloadbalancing:DescribeListeners",
                        "elasticloadbalancing:DescribeListenerCertificates",
                        "elasticloadbalancing:DescribeListenerAttributes", "elasticloadbalancing:DescribeSSLPolicies",
                        "elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTargetGroups",
                        "elasticloadbalancing:DescribeTargetGroupAttributes",
                        "elasticloadbalancing:DescribeTargetHealth", "elasticloadbalancing:DescribeTags",
                        "elasticloadbalancing:DescribeTrustStores",
                        "elasticloadbalancing:DescribeCapacityReservation"), List.of("*"), Map.of()),
                statement("CertificatesFirewallsAndShield", List.of("cognito-idp:DescribeUserPoolClient",
                        "acm:ListCertificates", "acm:DescribeCertificate", "iam:ListServerCertificates",
                        "iam:GetServerCertificate", "waf-regional:GetWebACL", "waf-regional:GetWebACLForResource",
                        "waf-regional:AssociateWebACL", "waf-regional:DisassociateWebACL", "wafv2:GetWebACL",
                        "wafv2:GetWebACLForResource", "wafv2:AssociateWebACL", "wafv2:DisassociateWebACL",
                        "shield:GetSubscriptionState", "shield:DescribeProtection", "shield:CreateProtection",
                        "shield:DeleteProtection"), List.of("*"), Map.of()),
                statement("OpenTargetsToLoadBalancers", List.of("ec2:AuthorizeSecurityGroupIngress",
                        "ec2:RevokeSecurityGroupIngress"), List.of(securityGroups), Map.of()),
                statement("CreateSecurityGroups", List.of("ec2:CreateSecurityGroup"),
                        List.of(securityGroups, "arn:aws:ec2:" + region + ":" + accountId + ":vpc/*"), Map.of()),
                statement("TagSecurityGroupsAtCreation", List.of("ec2:CreateTags"), List.of(securityGroups),
                        Map.of("StringEquals", Map.of("ec2:CreateAction", "CreateSecurityGroup",
                                "aws:RequestTag/" + CLUSTER_TAG, clusterName))),
                statement("RetagOwnSecurityGroups", List.of("ec2:CreateTags", "ec2:DeleteTags"),
                        List.of(securityGroups), Map.of("Null", Map.of("aws:RequestTag/" + CLUSTER_TAG, "true"),
                                "StringEquals", ownResource)),
                statement("DeleteOwnSecurityGroups", List.of("ec2:DeleteSecurityGroup"), List.of(securityGroups),
                        Map.of("StringEquals", ownResource)),
                statement("CreateOwnLoadBalancers", List.of("elasticloadbalancing:CreateLoadBalancer",
                        "elasticloadbalancing:CreateTargetGroup"), balancersAndGroups,
                        Map.of("StringEquals", ownRequest)),
                statement("ManageListenersAndRules", List.of("elasticloadbalancing:CreateListener",
                        "elasticloadbalancing:DeleteListener", "elasticloadbalancing:CreateRule",
                        "elasticloadbalancing:DeleteRule"), List.of(elb + "*"), Map.of()),
                statement("RetagOwnLoadBalancers", List.of("elasticloadbalancing:AddTags",
                        "elasticloadbalancing:RemoveTags"), balancersAndGroups,
                        Map.of("Null", Map.of("aws:RequestTag/" + CLUSTER_TAG, "true"),
                                "StringEquals", ownResource)),
                statement("TagListenersAndRules", List.of("elasticloadbalancing:AddTags",
                        "elasticloadbalancing:RemoveTags"), List.of(elb + "listener/net/*/*/*",
                        elb + "listener/app/*/*/*", elb + "listener-rule/net/*/*/*", elb + "listener-rule/app/*/*/*"),
                        Map.of()),
                statement("ModifyOwnLoadBalancers", List.of("elasticloadbalancing:ModifyLoadBalancerAttributes",
                        "elasticloadbalancing:SetIpAddressType", "elasticloadbalancing:SetSecurityGroups",
                        "elasticloadbalancing:SetSubnets", "elasticloadbalancing:DeleteLoadBalancer",
                        "elasticloadbalancing:ModifyTargetGroup", "elasticloadbalancing:ModifyTargetGroupAttributes",
                        "elasticloadbalancing:DeleteTargetGroup", "elasticloadbalancing:ModifyListenerAttributes",
                        "elasticloadbalancing:ModifyCapacityReservation", "elasticloadbalancing:ModifyIpPools"),
                        List.of(elb + "*"), Map.of("StringEquals", ownResource)),
                statement("TagAtCreation", List.of("elasticloadbalancing:AddTags"), balancersAndGroups,
                        Map.of("StringEquals", Map.of("elasticloadbalancing:CreateAction",
                                List.of("CreateTargetGroup", "CreateLoadBalancer"),
                                "aws:RequestTag/" + CLUSTER_TAG, clusterName))),
                statement("RegisterTargets", List.of("elasticloadbalancing:RegisterTargets",
                        "elasticloadbalancing:DeregisterTargets"), List.of(elb + "targetgroup/*/*"), Map.of()),
                statement("ListenerSettings", List.of("elasticloadbalancing:SetWebAcl",
                        "elasticloadbalancing:ModifyListener", "elasticloadbalancing:AddListenerCertificates",
                        "elasticloadbalancing:RemoveListenerCertificates", "elasticloadbalancing:ModifyRule",
                        "elasticloadbalancing:SetRulePriorities"), List.of(elb + "*"), Map.of()));
    }

    static Map<String, Object> statement(String sid, List<String> actions, List<String> resources,
                                         Map<String, Object> condition) {
        return condition.isEmpty()
                ? Map.of("Sid", sid, "Effect", "Allow", "Action", actions, "Resource", resources)
                : Map.of("Sid", sid, "Effect", "Allow", "Action", actions, "Resource", resources,
                        "Condition", condition);
    }
}
