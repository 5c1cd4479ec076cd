package com.haevn.layers.frontdoor;

import com.haevn.stacks.ExportKey;

/**
 * What later stacks read from the front door of their region: the Cloudflare traffic stack (the origin of the
 * region's pool), the cluster add-ons (the Load Balancer Controller binds the target groups), review apps (host rules
 * on the HTTPS listener) and the release workflow (the rule's weights, the alarms it watches during its bake).
 *
 * @param loadBalancerArn       the ALB
 * @param loadBalancerDnsName   the ALB's DNS name, Cloudflare's origin address
 * @param httpsListenerArn      the HTTPS listener, for more specific rules (lower priority numbers)
 * @param forwardRuleArn        the weighted forward rule whose weights the release workflow owns
 * @param blueTargetGroupArn    the blue target group (type ip)
 * @param greenTargetGroupArn   the green target group (type ip)
 * @param securityGroupId       the ALB's security group
 * @param blueErrorAlarmName    the blue colour's target 5xx-rate alarm
 * @param blueUnhealthyAlarmName the blue colour's unhealthy-hosts alarm
 * @param greenErrorAlarmName   the green colour's target 5xx-rate alarm
 * @param greenUnhealthyAlarmName the green colour's unhealthy-hosts alarm
 */
public record FrontdoorExports(String loadBalancerArn, String loadBalancerDnsName, String httpsListenerArn,
                               String forwardRuleArn, String blueTargetGroupArn, String greenTargetGroupArn,
                               String securityGroupId, String blueErrorAlarmName, String blueUnhealthyAlarmName,
                               String greenErrorAlarmName, String greenUnhealthyAlarmName) {

    public static final ExportKey<FrontdoorExports> KEY = ExportKey.of(FrontdoorLayer.NAME, FrontdoorExports.class);
}
