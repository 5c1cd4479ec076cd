package com.haevn.modules.review;

import com.haevn.modules.addons.ChartRelease;
import com.haevn.modules.addons.ManifestRelease;
import com.haevn.modules.addons.PodSecurity;
import com.haevn.modules.addons.TargetGroupBindingSpec;
import com.hashicorp.cdktf.providers.aws.data_aws_ecr_authorization_token.DataAwsEcrAuthorizationToken;
import com.hashicorp.cdktf.providers.aws.lb_listener_rule.LbListenerRule;
import com.hashicorp.cdktf.providers.aws.lb_listener_rule.LbListenerRuleAction;
import com.hashicorp.cdktf.providers.aws.lb_listener_rule.LbListenerRuleCondition;
import com.hashicorp.cdktf.providers.aws.lb_listener_rule.LbListenerRuleConditionHostHeader;
import com.hashicorp.cdktf.providers.aws.lb_listener_rule.LbListenerRuleConditionHttpHeader;
import com.hashicorp.cdktf.providers.aws.lb_target_group.LbTargetGroup;
import com.hashicorp.cdktf.providers.aws.lb_target_group.LbTargetGroupHealthCheck;
import com.hashicorp.cdktf.providers.cloudflare.provider.CloudflareProvider;
import com.hashicorp.cdktf.providers.cloudflare.record.Record;
import com.hashicorp.cdktf.providers.helm.provider.HelmProvider;
import com.hashicorp.cdktf.providers.helm.provider.HelmProviderRegistry;
import com.hashicorp.cdktf.providers.helm.release.Release;
import com.hashicorp.cdktf.providers.kubernetes.limit_range_v1.LimitRangeV1;
import com.hashicorp.cdktf.providers.kubernetes.limit_range_v1.LimitRangeV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.limit_range_v1.LimitRangeV1Spec;
import com.hashicorp.cdktf.providers.kubernetes.limit_range_v1.LimitRangeV1SpecLimit;
import com.hashicorp.cdktf.providers.kubernetes.namespace_v1.NamespaceV1;
import com.hashicorp.cdktf.providers.kubernetes.namespace_v1.NamespaceV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.provider.KubernetesProvider;
import com.hashicorp.cdktf.providers.kubernetes.resource_quota_v1.ResourceQuotaV1;
import com.hashicorp.cdktf.providers.kubernetes.resource_quota_v1.ResourceQuotaV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.resource_quota_v1.ResourceQuotaV1Spec;
import software.constructs.Construct;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One PR's review app in the shared cluster, everything it needs and nothing shared, so destroying its stack removes
 * all of it:
 * <ul>
 *   <li>the namespace {@code pr-<N>} (restricted pod security) with a quota ({@link NamespaceQuota}; no
 *       LoadBalancer or NodePort Services) and default container requests and limits, so pods without their own
 *       still fit the quota;</li>
 *   <li>the application chart from the environment's ECR registry at the PR's image tag, Helm logging in with an
 *       ECR authorization token (valid 12 hours; Terraform's state holds it like every data source's result);</li>
 *   <li>a target group {@code <name>-pr-<N>} of type {@code ip}, a {@code TargetGroupBinding} of the release's
 *       Service to it, and a rule on the front door's HTTPS listener forwarding the review host, when the request
 *       carries the origin header as the front door's own rule requires, at {@link ListenerRulePriority};</li>
 *   <li>a proxied Cloudflare CNAME of the host to the ALB (one label below the zone, so the universal certificate
 *       covers it).</li>
 * </ul>
 */
public class ReviewApp extends Construct {

    /** The name of the release and of the chart's objects, its Service included. */
    public static final String RELEASE = "haevn";
    /** Requests and limits of a container that states none. */
    public static final Map<String, String> DEFAULT_REQUEST = Map.of("cpu", "100m", "memory", "128Mi");
    public static final Map<String, String> DEFAULT_LIMIT = Map.of("cpu", "500m", "memory", "512Mi");

    private final NamespaceV1 namespace;
    private final Release release;
    private final LbTargetGroup targetGroup;
    private final LbListenerRule rule;
    private final Record record;

    public ReviewApp(Construct scope, String id, ReviewAppProps props) {
        super(scope, id);
        String slug = props.slug();
        KubernetesProvider kubernetes = props.cluster().kubernetesProvider(this, "kubernetes");
        DataAwsEcrAuthorizationToken token = DataAwsEcrAuthorizationToken.Builder.create(this, "registry-token")
                .registryId(props.registryId())
                .build();
        HelmProvider helm = props.cluster().helmProvider(this, "helm", List.of(HelmProviderRegistry.builder()
                .url("oci://" + props.registry())
                .username(token.getUserName())
                .password(token.getPassword())
                .build()));
        CloudflareProvider cloudflare = CloudflareProvider.Builder.create(this, "cloudflare").build();

        Map<String, String> labels = new HashMap<>(props.labels());
        labels.put("haevn.io/review-pr", Long.toString(props.pr()));
        Map<String, String> namespaceLabels = new HashMap<>(labels);
        namespaceLabels.putAll(PodSecurity.RESTRICTED);
        namespace = NamespaceV1.Builder.create(this, "namespace")
                .provider(kubernetes)
                .metadata(NamespaceV1Metadata.builder().name(slug).labels(new TreeMap<>(namespaceLabels)).build())
                .build();
        NamespaceQuota quota = props.quota();
        ResourceQuotaV1 resourceQuota = ResourceQuotaV1.Builder.create(this, "quota")
                .provider(kubernetes)
                .metadata(ResourceQuotaV1Metadata.builder().name(slug).namespace(namespace.getMetadata().getName())
                        .labels(new TreeMap<>(labels)).build())
                .spec(ResourceQuotaV1Spec.builder().hard(new TreeMap<>(Map.of(
                        "requests.cpu", quota.cpu(), "limits.cpu", quota.cpu(),
                        "requests.memory", quota.memory(), "limits.memory", quota.memory(),
                        "pods", Integer.toString(quota.pods()),
                        "services.loadbalancers", "0", "services.nodeports", "0"))).build())
                .build();
        LimitRangeV1 limits = LimitRangeV1.Builder.create(this, "limits")
                .provider(kubernetes)
                .metadata(LimitRangeV1Metadata.builder().name(slug).namespace(namespace.getMetadata().getName())
                        .labels(new TreeMap<>(labels)).build())
                .spec(LimitRangeV1Spec.builder().limit(List.of(LimitRangeV1SpecLimit.builder()
                        .type("Container")
                        .defaultRequest(new TreeMap<>(DEFAULT_REQUEST))
                        .defaultValue(new TreeMap<>(DEFAULT_LIMIT))
                        .build())).build())
                .build();

        release = ChartRelease.create(this, "application", helm, props.chart(), RELEASE,
                namespace.getMetadata().getName(), new ApplicationValues(RELEASE, 1,
                        new ApplicationValues.Image(props.registry() + "/" + props.imageRepository(), props.imageTag(),
                                "IfNotPresent"),
                        new ApplicationValues.Service("ClusterIP", props.servicePort()),
                        List.of(new ApplicationValues.EnvironmentVariable(ApplicationValues.OTLP_ENDPOINT_VARIABLE,
                                props.otlpEndpoint()))),
                List.of(resourceQuota, limits));

        targetGroup = LbTargetGroup.Builder.create(this, "target-group")
                .name(ReviewAppProps.targetGroupName(props.name(), props.pr()))
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
                .tags(Map.of("Name", ReviewAppProps.targetGroupName(props.name(), props.pr()),
                        "ReviewPr", Long.toString(props.pr())))
                .build();
        ManifestRelease.create(this, "target-group-binding", helm, props.manifestsChart(), "target-group-binding",
                namespace.getMetadata().getName(), List.of(TargetGroupBindingSpec.binding(RELEASE, slug, RELEASE,
                        props.servicePort(), targetGroup.getArn(), new TreeMap<>(labels))),
                List.of(release, targetGroup));

        rule = LbListenerRule.Builder.create(this, "host-rule")
                .listenerArn(props.httpsListenerArn())
                .priority(ListenerRulePriority.of(props.pr()))
                .condition(List.of(
                        LbListenerRuleCondition.builder()
                                .hostHeader(LbListenerRuleConditionHostHeader.builder()
                                        .values(List.of(props.hostname())).build())
                                .build(),
                        LbListenerRuleCondition.builder()
                                .httpHeader(LbListenerRuleConditionHttpHeader.builder()
                                        .httpHeaderName(props.originHeaderName())
                                        .values(List.of(props.originHeaderSecret()))
                                        .build())
                                .build()))
                .action(List.of(LbListenerRuleAction.builder()
                        .type("forward")
                        .targetGroupArn(targetGroup.getArn())
                        .build()))
                .tags(Map.of("ReviewPr", Long.toString(props.pr())))
                .build();

        record = Record.Builder.create(this, "record")
                .provider(cloudflare)
                .zoneId(props.zoneId())
                .name(props.hostname())
                .type("CNAME")
                .value(props.loadBalancerDnsName())
                .proxied(true)
                .ttl(1)
                .comment("Review app of PR " + props.pr() + " (managed by Terraform)")
                .build();
    }

    public NamespaceV1 namespace() {
        return namespace;
    }

    public Release release() {
        return release;
    }

    public LbTargetGroup targetGroup() {
        return targetGroup;
    }

    public LbListenerRule rule() {
        return rule;
    }

    public Record record() {
        return record;
    }
}
