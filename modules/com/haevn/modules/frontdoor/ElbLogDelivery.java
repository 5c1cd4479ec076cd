package com.haevn.modules.frontdoor;

import java.util.Map;

/**
 * Who writes a region's load balancer access logs into S3, for the log bucket's policy. In the regions opened before
 * August 2022 that is the Elastic Load Balancing account of the region (AWS's published list); in later regions it
 * is the {@value #SERVICE_PRINCIPAL} service principal.
 */
public final class ElbLogDelivery {

    public static final String SERVICE_PRINCIPAL = "logdelivery.elasticloadbalancing.amazonaws.com";

    private static final Map<String, String> ACCOUNTS = Map.ofEntries(
            Map.entry("us-east-1", "127311923021"),
            Map.entry("us-east-2", "033677994240"),
            Map.entry("us-west-1", "027434742980"),
            Map.entry("us-west-2", "797873946194"),
            Map.entry("af-south-1", "098369216593"),
            Map.entry("ap-east-1", "754344448648"),
            Map.entry("ap-south-1", "718504428378"),
            Map.entry("ap-northeast-1", "582318560864"),
            Map.entry("ap-northeast-2", "600734575887"),
            Map.entry("ap-northeast-3", "383597477331"),
            Map.entry("ap-southeast-1", "114774131450"),
            Map.entry("ap-southeast-2", "783225319266"),
            Map.entry("ap-southeast-3", "589379963580"),
            Map.entry("ca-central-1", "985666609251"),
            Map.entry("eu-central-1", "054676820928"),
            Map.entry("eu-west-1", "156460612806"),
            Map.entry("eu-west-2", "652711504416"),
            Map.entry("eu-west-3", "009996457667"),
            Map.entry("eu-south-1", "635631232127"),
            Map.entry("eu-north-1", "897822967062"),
            Map.entry("me-south-1", "076674570225"),
            Map.entry("sa-east-1", "507241528517"));

    private ElbLogDelivery() {
    }

    /** The policy principal that delivers access logs in {@code region}: {@code {"AWS": arn}} or {@code {"Service": ...}}. */
    public static Map<String, String> principal(String region) {
        String account = ACCOUNTS.get(region);
        return account == null ? Map.of("Service", SERVICE_PRINCIPAL)
                : Map.of("AWS", "arn:aws:iam::" + account + ":root");
    }
}
