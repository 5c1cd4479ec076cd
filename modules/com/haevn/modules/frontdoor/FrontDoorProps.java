package com.haevn.modules.frontdoor;

import com.hashicorp.cdktf.Token;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of a {@link FrontDoor}. Build with {@link #builder()}; every value without a default is required.
 *
 * @param name                    names the load balancer (at most 28 lowercase letters, digits and inner hyphens), its
 *                                security group, log bucket (with the account) and alarms, e.g. {@code prod-use1}
 * @param region                  the region, for the access-log delivery principal
 * @param accountId               the 12-digit account, for the log bucket's name and delivery path
 * @param vpcId                   the VPC of the load balancer and its targets
 * @param publicSubnetIds         the subnets the load balancer stands in, one per AZ
 * @param certificateArn          the ACM certificate of the HTTPS listener; the front door waits for its validation
 * @param originHeaderName        the header Cloudflare adds to every request it forwards, e.g.
 *                                {@code X-Haevn-Origin-Verify} (a header token of at most 40 characters)
 * @param originHeaderSecret      the header's value: a reference to a sensitive Terraform variable, never a literal,
 *                                so it reaches Terraform only at plan time and never the synthesized JSON
 * @param ingressIpv4Ranges       the IPv4 blocks admitted on ports 443 and 80 (Cloudflare's published ranges)
 * @param ingressIpv6Ranges       the IPv6 blocks admitted on ports 443 and 80
 * @param targetPort              the port the pods serve on, for both target groups and the security groups
 * @param targetsSecurityGroupId  the security group of the targets (the cluster nodes, whose ENIs carry the pods'
 *                                addresses): it admits the load balancer on the target port, and the load balancer
 *                                sends only there
 * @param healthCheckPath         the HTTP path both target groups probe, e.g. {@code /healthz}
 * @param initialWeights          the weights the forward starts with; later changes belong to the release workflow
 * @param alarmTopicArn           the topic every alarm notifies (alarm and OK)
 * @param alarmThresholds         when the per-colour alarms fire
 * @param accessLogRetentionDays  how long access logs are kept, in days (at least 1)
 * @param sslPolicy               the HTTPS listener's policy; default {@value #DEFAULT_SSL_POLICY} (TLS 1.3, and TLS
 *                                1.2 with forward-secret AEAD ciphers only)
 */
public record FrontDoorProps(String name, String region, String accountId, String vpcId, List<String> publicSubnetIds,
                             String certificateArn, String originHeaderName, String originHeaderSecret,
                             List<String> ingressIpv4Ranges, List<String> ingressIpv6Ranges, int targetPort,
                             String targetsSecurityGroupId, String healthCheckPath, Weights initialWeights,
                             String alarmTopicArn, AlarmThresholds alarmThresholds, int accessLogRetentionDays,
                             String sslPolicy) {

    public static final String DEFAULT_SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06";

    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,26}[a-z0-9])?");
    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,40}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    public FrontDoorProps {
        require(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a front door name is 1 to 28 lowercase letters, digits and inner hyphens, got "
                    + name);
        }
        require(region, "region");
        if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
            throw new IllegalArgumentException("accountId must be 12 digits, got " + accountId);
        }
        require(vpcId, "vpcId");
        publicSubnetIds = List.copyOf(publicSubnetIds);
        require(certificateArn, "certificateArn");
        require(originHeaderName, "originHeaderName");
        if (!HEADER.matcher(originHeaderName).matches()) {
            throw new IllegalArgumentException("originHeaderName must be an HTTP header name of at most 40 "
                    + "characters, got " + originHeaderName);
        }
        require(originHeaderSecret, "originHeaderSecret");
        if (!Token.isUnresolved(originHeaderSecret)) {
            throw new IllegalArgumentException("originHeaderSecret must reference a sensitive Terraform variable; "
                    + "a literal secret would be written into the synthesized JSON");
        }
        ingressIpv4Ranges = List.copyOf(ingressIpv4Ranges);
        ingressIpv6Ranges = List.copyOf(ingressIpv6Ranges);
        checkRanges(ingressIpv4Ranges, true);
        checkRanges(ingressIpv6Ranges, false);
        if (ingressIpv4Ranges.isEmpty() && ingressIpv6Ranges.isEmpty()) {
            throw new IllegalArgumentException("a front door admits at least one range");
        }
        checkPort(targetPort);
        require(targetsSecurityGroupId, "targetsSecurityGroupId");
        require(healthCheckPath, "healthCheckPath");
        if (!healthCheckPath.startsWith("/") || healthCheckPath.length() > 1024) {
            throw new IllegalArgumentException("healthCheckPath starts with / and has at most 1024 characters, got "
                    + healthCheckPath);
        }
        Objects.requireNonNull(initialWeights, "initialWeights");
        require(alarmTopicArn, "alarmTopicArn");
        Objects.requireNonNull(alarmThresholds, "alarmThresholds");
        if (accessLogRetentionDays < 1) {
            throw new IllegalArgumentException("accessLogRetentionDays is at least 1, got " + accessLogRetentionDays);
        }
        require(sslPolicy, "sslPolicy");
    }

    /** Fails unless {@code port} is a TCP port (1 to 65535). */
    public static void checkPort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a port is 1 to 65535, got " + port);
        }
    }

    private static void checkRanges(List<String> ranges, boolean ipv4) {
        if (ranges.size() > OriginRanges.MAX_BLOCKS_PER_FAMILY) {
            throw new IllegalArgumentException("at most " + OriginRanges.MAX_BLOCKS_PER_FAMILY + " blocks per "
                    + "address family fit the security group's rule quota, got " + ranges.size());
        }
        if (ranges.stream().distinct().count() != ranges.size()) {
            throw new IllegalArgumentException("ingress ranges must be distinct, got " + ranges);
        }
        for (String range : ranges) {
            (ipv4 ? OriginRanges.ipv4Problem(range) : OriginRanges.ipv6Problem(range)).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link FrontDoorProps}. */
    public static final class Builder {
        private String name;
        private String region;
        private String accountId;
        private String vpcId;
        private List<String> publicSubnetIds = List.of();
        private String certificateArn;
        private String originHeaderName;
        private String originHeaderSecret;
        private List<String> ingressIpv4Ranges = List.of();
        private List<String> ingressIpv6Ranges = List.of();
        private int targetPort;
        private String targetsSecurityGroupId;
        private String healthCheckPath;
        private Weights initialWeights;
        private String alarmTopicArn;
        private AlarmThresholds alarmThresholds;
        private int accessLogRetentionDays;
        private String sslPolicy = DEFAULT_SSL_POLICY;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder vpcId(String vpcId) {
            this.vpcId = vpcId;
            return this;
        }

        public Builder publicSubnetIds(List<String> publicSubnetIds) {
            this.publicSubnetIds = publicSubnetIds;
            return this;
        }

        public Builder certificateArn(String certificateArn) {
            this.certificateArn = certificateArn;
            return this;
        }

        public Builder originHeaderName(String originHeaderName) {
            this.originHeaderName = originHeaderName;
            return this;
        }

        public Builder originHeaderSecret(String originHeaderSecret) {
            this.originHeaderSecret = originHeaderSecret;
            return this;
        }

        public Builder ingressIpv4Ranges(List<String> ingressIpv4Ranges) {
            this.ingressIpv4Ranges = ingressIpv4Ranges;
            return this;
        }

        public Builder ingressIpv6Ranges(List<String> ingressIpv6Ranges) {
            this.ingressIpv6Ranges = ingressIpv6Ranges;
            return this;
        }

        public Builder targetPort(int targetPort) {
            this.targetPort = targetPort;
            return this;
        }

        public Builder targetsSecurityGroupId(String targetsSecurityGroupId) {
            this.targetsSecurityGroupId = targetsSecurityGroupId;
            return this;
        }

        public Builder healthCheckPath(String healthCheckPath) {
            this.healthCheckPath = healthCheckPath;
            return this;
        }

        public Builder initialWeights(Weights initialWeights) {
            this.initialWeights = initialWeights;
            return this;
        }

        public Builder alarmTopicArn(String alarmTopicArn) {
            this.alarmTopicArn = alarmTopicArn;
            return this;
        }

        public Builder alarmThresholds(AlarmThresholds alarmThresholds) {
            this.alarmThresholds = alarmThresholds;
            return this;
        }

        public Builder accessLogRetentionDays(int accessLogRetentionDays) {
            this.accessLogRetentionDays = accessLogRetentionDays;
            return this;
        }

        public Builder sslPolicy(String sslPolicy) {
            this.sslPolicy = sslPolicy;
            return this;
        }

        public FrontDoorProps build() {
            return new FrontDoorProps(name, region, accountId, vpcId, publicSubnetIds, certificateArn,
                    originHeaderName, originHeaderSecret, ingressIpv4Ranges, ingressIpv6Ranges, targetPort,
                    targetsSecurityGroupId, healthCheckPath, initialWeights, alarmTopicArn, alarmThresholds,
                    accessLogRetentionDays, sslPolicy);
        }
    }
}
