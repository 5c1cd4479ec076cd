package com.haevn.modules.addons;

/**
 * The spec of a {@code TargetGroupBinding} ({@value #API_VERSION}): the Load Balancer Controller registers the pods
 * behind a Service as {@code ip} targets of a target group Terraform created. No {@code networking} block: the
 * front door already admits the load balancer to the nodes, so the controller changes no security group.
 *
 * @param serviceRef     the Service and its port
 * @param targetGroupARN the target group
 * @param targetType     {@code ip}, as the front door's target groups are
 */
public record TargetGroupBindingSpec(ServiceRef serviceRef, String targetGroupARN, String targetType) {

    public static final String API_VERSION = "elbv2.k8s.aws/v1beta1";
    public static final String KIND = "TargetGroupBinding";

    /**
     * @param name the Service's name
     * @param port the Service's port
     */
    public record ServiceRef(String name, int port) {
    }

    /** A binding of the Service {@code namespace/service} on {@code port} to {@code targetGroupArn}. */
    public static KubernetesObject binding(String name, String namespace, String service, int port,
                                           String targetGroupArn, java.util.Map<String, String> labels) {
        return new KubernetesObject(API_VERSION, KIND, new KubernetesObject.Metadata(name, namespace, labels),
                new TargetGroupBindingSpec(new ServiceRef(service, port), targetGroupArn, "ip"));
    }
}
