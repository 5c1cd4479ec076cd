package com.haevn.modules.objects;

import java.util.List;
import java.util.Map;

/** Bucket policy statements every bucket of the layer shares. */
final class BucketPolicies {

    private BucketPolicies() {
    }

    /** Refuses every request to the bucket and its objects that is not made over TLS. */
    static Map<String, Object> denyInsecureTransport(String bucketArn) {
        return Map.of("Sid", "DenyInsecureTransport",
                "Effect", "Deny",
                "Principal", "*",
                "Action", "s3:*",
                "Resource", List.of(bucketArn, bucketArn + "/*"),
                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")));
    }
}
