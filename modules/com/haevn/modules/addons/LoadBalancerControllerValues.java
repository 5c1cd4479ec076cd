package com.haevn.modules.addons;

/**
 * Values of the {@code aws-load-balancer-controller} chart. With IMDSv2 and a hop limit of 1 (the nodes' setting)
 * pods cannot reach the instance metadata, so the controller is told its cluster's region and VPC instead of
 * discovering them.
 *
 * @param clusterName                 the EKS cluster
 * @param region                      its region
 * @param vpcId                       its VPC
 * @param replicaCount                controller replicas (one leads, the other takes over)
 * @param serviceAccount              the IRSA service account {@code kube-system/aws-load-balancer-controller}
 * @param enableServiceMutatorWebhook false: Services of type LoadBalancer are not turned into NLBs behind the
 *                                    platform's back (traffic enters only through the front door)
 */
public record LoadBalancerControllerValues(String clusterName, String region, String vpcId, int replicaCount,
                                           ServiceAccountValues serviceAccount, boolean enableServiceMutatorWebhook) {
}
