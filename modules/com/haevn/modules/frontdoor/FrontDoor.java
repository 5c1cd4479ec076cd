package com.haevn.modules.frontdoor;

import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.acm_certificate_validation.AcmCertificateValidation;
import com.hashicorp.cdktf.providers.aws.lb.Lb;
import com.hashicorp.cdktf.providers.aws.lb.LbAccessLogs;
import com.hashicorp.cdktf.providers.aws.lb_listener.LbListener;
import com.hashicorp.cdktf.providers.aws.lb_listener.LbListenerDefaultAction;
import com.hashicorp.cdktf.providers.aws.lb_listener.LbListenerDefaultActionFixedResponse;
import com.hashicorp.cdktf.providers.aws.lb_listener.LbListenerDefaultActionRedirect;
import com.hashicorp.cdktf.providers.aws.lb_listener_rule.LbListenerRule;
import com.hashicorp.cdktf.providers.aws.lb_listener_rule.LbListenerRuleAction;
import com.hashicorp.cdktf.providers.aws.lb_listener_rule.LbListenerRuleActionForward;
import com.hashicorp.cdktf.providers.aws.lb_listener_rule.LbListenerRuleActionForwardTargetGroup;
import com.hashicorp.cdktf.providers.aws.lb_listener_rule.LbListenerRuleCondition;
import com.hashicorp.cdktf.providers.aws.lb_listener_rule.LbListenerRuleConditionHttpHeader;
import com.hashicorp.cdktf.providers.aws.lb_target_group.LbTargetGroup;
import com.hashicorp.cdktf.providers.aws.lb_target_group.LbTargetGroupHealthCheck;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_egress_rule.VpcSecurityGroupEgressRule;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * A region's front door. It waits for the certificate's DNS validation, then stands an internet-facing application
 * load balancer in the public subnets (invalid headers dropped, deletion protection, defensive desync mitigation,
 * access logs to an {@link AccessLogBucket}) with:
 * <ul>
 *   <li>a security group admitting only the configured ranges (Cloudflare's) on 443 and 80, sending only to the
 *       targets' port (to their security group, which admits it there);</li>
 *   <li>an HTTPS listener with a TLS 1.3 policy whose default answer is a fixed 403, and one rule, evaluated last
 *       (priority {@value #FORWARD_RULE_PRIORITY}), that forwards only requests carrying the secret origin header:
 *       any Cloudflare account can send from Cloudflare's ranges, only ours adds the header;</li>
 *   <li>an HTTP listener that only redirects to HTTPS (301);</li>
 *   <li>blue and green target groups of type {@code ip} (the AWS Load Balancer Controller binds them to Kubernetes
 *       services), health-checked on the same path, behind the rule's one weighted forward. Terraform sets the
 *       initial weights and then ignores the forward's target groups ({@value #IGNORED_WEIGHTS}): the release
 *       workflow owns the live weights;</li>
 *   <li>per colour the {@link ColourAlarms}.</li>
 * </ul>
 * Replacing a target group therefore needs the rule replaced with it ({@code terraform apply -replace}).
 */
public class FrontDoor extends Construct {

    /** The forward rule comes after every more specific rule (review apps' host rules take lower numbers). */
    public static final int FORWARD_RULE_PRIORITY = 50000;
    /** What Terraform ignores on the forward rule: the target groups and their weights. */
    public static final String IGNORED_WEIGHTS = "action[0].forward[0].target_group";
    /** The colours, in the order of the forward's target groups. */
    public static final List<String> COLOURS = List.of("blue", "green");

    private final AcmCertificateValidation validation;
    private final SecurityGroup securityGroup;
    private final Lb balancer;
    private final LbListener https;
    private final LbListenerRule forward;
    private final Map<String, LbTargetGroup> targetGroups;
    private final Map<String, ColourAlarms> alarms;
    private final AccessLogBucket accessLogs;

    public FrontDoor(Construct scope, String id, FrontDoorProps props) {
        super(scope, id);
        validation = AcmCertificateValidation.Builder.create(this, "certificate-validation")
                .certificateArn(props.certificateArn())
                .build();
        securityGroup = SecurityGroup.Builder.create(this, "security-group")
                .name(props.name() + "-alb")
                .description("Front door " + props.name() + ": HTTPS and the redirect from the origin ranges only")
                .vpcId(props.vpcId())
                .revokeRulesOnDelete(true)
                .build();
        admit(props.ingressIpv4Ranges(), true);
        admit(props.ingressIpv6Ranges(), false);
        targetsRules(props);

        accessLogs = new AccessLogBucket(this, "access-logs",
                "haevn-" + props.name() + "-alb-logs-" + props.accountId(), props.region(), props.accountId(),
                props.accessLogRetentionDays());
        balancer = Lb.Builder.create(this, "load-balancer")
                .name(props.name())
                .loadBalancerType("application")
                .internal(false)
                .subnets(props.publicSubnetIds())
                .securityGroups(List.of(securityGroup.getId()))
                .dropInvalidHeaderFields(true)
                .enableDeletionProtection(true)
                .desyncMitigationMode("defensive")
                .accessLogs(LbAccessLogs.builder()
                        .bucket(accessLogs.bucket().getId())
                        .prefix(AccessLogBucket.PREFIX)
                        .enabled(true)
                        .build())
                .dependsOn(List.of(accessLogs.policy()))
                .build();

        targetGroups = Map.of(
                "blue", targetGroup("blue", props),
                "green", targetGroup("green", props));
        https = LbListener.Builder.create(this, "https")
                .loadBalancerArn(balancer.getArn())
                .port(443)
                .protocol("HTTPS")
                .sslPolicy(props.sslPolicy())
                .certificateArn(validation.getCertificateArn())
                .defaultAction(List.of(LbListenerDefaultAction.builder()
                        .type("fixed-response")
                        .fixedResponse(LbListenerDefaultActionFixedResponse.builder()
                                .statusCode("403")
                                .contentType("text/plain")
                                .messageBody("Forbidden")
                                .build())
                        .build()))
                .build();
        LbListener.Builder.create(this, "http")
                .loadBalancerArn(balancer.getArn())
                .port(80)
                .protocol("HTTP")
                .defaultAction(List.of(LbListenerDefaultAction.builder()
                        .type("redirect")
                        .redirect(LbListenerDefaultActionRedirect.builder()
                                .protocol("HTTPS")
                                .port("443")
                                .statusCode("HTTP_301")
                                .build())
                        .build()))
                .build();
        forward = LbListenerRule.Builder.create(this, "forward")
                .listenerArn(https.getArn())
                .priority(FORWARD_RULE_PRIORITY)
                .condition(List.of(LbListenerRuleCondition.builder()
                        .httpHeader(LbListenerRuleConditionHttpHeader.builder()
                                .httpHeaderName(props.originHeaderName())
                                .values(List.of(props.originHeaderSecret()))
                                .build())
                        .build()))
                .action(List.of(LbListenerRuleAction.builder()
                        .type("forward")
                        .forward(LbListenerRuleActionForward.builder()
                                .targetGroup(List.of(
                                        weighted("blue", props.initialWeights().blue()),
                                        weighted("green", props.initialWeights().green())))
                                .build())
                        .build()))
                .lifecycle(TerraformResourceLifecycle.builder().ignoreChanges(List.of(IGNORED_WEIGHTS)).build())
                .build();
        alarms = Map.of(
                "blue", new ColourAlarms(this, "alarms-blue", props.name() + "-frontdoor-blue", balancer,
                        targetGroups.get("blue"), props.alarmTopicArn(), props.alarmThresholds()),
                "green", new ColourAlarms(this, "alarms-green", props.name() + "-frontdoor-green", balancer,
                        targetGroups.get("green"), props.alarmTopicArn(), props.alarmThresholds()));
    }

    /** One inbound rule per block and port, named by the block so that editing the list touches only its rules. */
    private void admit(List<String> ranges, boolean ipv4) {
        for (String range : ranges) {
            String slug = range.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
            for (Map.Entry<String, Integer> port : List.of(Map.entry("https", 443), Map.entry("http", 80))) {
                VpcSecurityGroupIngressRule.Builder rule = VpcSecurityGroupIngressRule.Builder
                        .create(this, "ingress-" + port.getKey() + "-" + slug)
                        .securityGroupId(securityGroup.getId())
                        .description("Origin range " + range + ", " + port.getKey().toUpperCase())
                        .ipProtocol("tcp")
                        .fromPort(port.getValue())
                        .toPort(port.getValue());
                (ipv4 ? rule.cidrIpv4(range) : rule.cidrIpv6(range)).build();
            }
        }
    }

    /** The load balancer sends only to the targets' port and security group, which admits it there. */
    private void targetsRules(FrontDoorProps props) {
        VpcSecurityGroupEgressRule.Builder.create(this, "egress-targets")
                .securityGroupId(securityGroup.getId())
                .description("To the targets (pods) on their port, for requests and health checks")
                .ipProtocol("tcp")
                .fromPort(props.targetPort())
                .toPort(props.targetPort())
                .referencedSecurityGroupId(props.targetsSecurityGroupId())
                .build();
        VpcSecurityGroupIngressRule.Builder.create(this, "targets-ingress")
                .securityGroupId(props.targetsSecurityGroupId())
                .description("From front door " + props.name() + " on the target port")
                .ipProtocol("tcp")
                .fromPort(props.targetPort())
                .toPort(props.targetPort())
                .referencedSecurityGroupId(securityGroup.getId())
                .build();
    }

    private LbTargetGroup targetGroup(String colour, FrontDoorProps props) {
        return LbTargetGroup.Builder.create(this, "target-group-" + colour)
                .namePrefix(colour + "-")
                .targetType("ip")
                .protocol("HTTP")
                .port(props.targetPort())
                .vpcId(props.vpcId())
                .healthCheck(LbTargetGroupHealthCheck.builder()
                        .enabled(true)
                        .protocol("HTTP")
                        .port("traffic-port")
                        .path(props.healthCheckPath())
                        .matcher("200")
                        .interval(15)
                        .timeout(5)
                        .healthyThreshold(3)
                        .unhealthyThreshold(3)
                        .build())
                .tags(Map.of("Name", props.name() + "-" + colour, "Colour", colour))
                .build();
    }

    private LbListenerRuleActionForwardTargetGroup weighted(String colour, int weight) {
        return LbListenerRuleActionForwardTargetGroup.builder()
                .arn(targetGroups.get(colour).getArn())
                .weight(weight)
                .build();
    }

    public AccessLogBucket accessLogs() {
        return accessLogs;
    }

    public AcmCertificateValidation validation() {
        return validation;
    }

    public SecurityGroup securityGroup() {
        return securityGroup;
    }

    public Lb balancer() {
        return balancer;
    }

    public LbListener https() {
        return https;
    }

    /** The rule whose weights the release workflow changes. */
    public LbListenerRule forward() {
        return forward;
    }

    /** The target group of {@code colour} (one of {@link #COLOURS}). */
    public LbTargetGroup targetGroup(String colour) {
        return targetGroups.get(colour);
    }

    /** The alarms of {@code colour} (one of {@link #COLOURS}). */
    public ColourAlarms alarms(String colour) {
        return alarms.get(colour);
    }
}
