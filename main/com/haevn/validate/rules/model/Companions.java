package com.haevn.validate.rules.model;

import java.util.List;

/**
 * The resources of one type that point at a given resource (e.g. the {@code aws_s3_bucket_versioning} of a bucket).
 *
 * @param linked       those that certainly point at it
 * @param undetermined true when some other one might (its link is unknown before apply): a rule must then not
 *                     report the companion as missing
 */
public record Companions(List<Resource> linked, boolean undetermined) {

    public Companions {
        linked = List.copyOf(linked);
    }

    /** Certainly none: a rule may report the companion missing. */
    public boolean certainlyNone() {
        return linked.isEmpty() && !undetermined;
    }
}
