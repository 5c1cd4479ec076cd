package com.haevn.layers.review;

import com.haevn.modules.review.ReviewAppProps;

import java.util.Objects;

/**
 * What a review app is built from: the PR number and the application image's tag.
 *
 * @param pr       a positive integer
 * @param imageTag a tag in Docker's tag grammar
 */
public record ReviewRequest(long pr, String imageTag) {

    public ReviewRequest {
        Objects.requireNonNull(imageTag, "imageTag");
        if (pr < 1) {
            throw new IllegalArgumentException("a PR number is a positive integer, got " + pr);
        }
        if (!ReviewAppProps.IMAGE_TAG.matcher(imageTag).matches()) {
            throw new IllegalArgumentException(imageTagProblem(imageTag));
        }
    }

    /**
     * Reads a PR number as given on the command line or in the environment.
     *
     * @throws IllegalArgumentException saying what was received and what is valid
     */
    public static long parsePr(String text) {
        if (text.matches("[1-9][0-9]{0,17}")) {
            return Long.parseLong(text);
        }
        throw new IllegalArgumentException("'" + text + "' is not a PR number: a positive integer such as 123 is "
                + "needed");
    }

    /**
     * Checks an image tag as given.
     *
     * @throws IllegalArgumentException saying what was received and what is valid
     */
    public static String parseImageTag(String text) {
        if (ReviewAppProps.IMAGE_TAG.matcher(text).matches()) {
            return text;
        }
        throw new IllegalArgumentException(imageTagProblem(text));
    }

    private static String imageTagProblem(String tag) {
        return "'" + tag + "' is not a Docker image tag: 1 to 128 letters, digits, '_', '.' and '-', the first a "
                + "letter, digit or '_' (e.g. 3f2c1ab or v1.4.0-rc.1)";
    }

    /** The stack variant, {@code pr-123}. */
    public String variant() {
        return "pr-" + pr;
    }

    /** The host label below the zone, {@code pr-123-dev}: one label deep, so the universal certificate covers it. */
    public String hostLabel(String environment) {
        return variant() + "-" + environment;
    }
}
