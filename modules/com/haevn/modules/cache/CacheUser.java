package com.haevn.modules.cache;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An IAM-authenticated user of the cache: applications sign an IAM authentication token for it (no password exists).
 * ElastiCache requires an IAM user's id and name to be the same, so {@code name} is both.
 *
 * @param name         the user's id and name, e.g. {@code haevn-app}: lowercase letters, digits and hyphens, starting
 *                     with a letter, at most {@value #MAX_NAME_LENGTH} characters, never {@code default}
 * @param accessString its Redis ACL rules, starting with {@code on}, e.g. {@code on ~* &* +@all -@dangerous}; no
 *                     password rules ({@code >}, {@code <}, {@code #}, {@code nopass}): IAM authenticates the user
 */
public record CacheUser(String name, String accessString) {

    public static final int MAX_NAME_LENGTH = 40;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern PASSWORD_RULE = Pattern.compile("(^|\\s)([<>#]|nopass(\\s|$))");

    public CacheUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accessString, "accessString");
        String problem = problem(name, accessString);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** What is wrong with a user's name or access string, or null when both are valid. */
    public static String problem(String name, String accessString) {
        if (!NAME.matcher(name).matches() || name.length() > MAX_NAME_LENGTH || name.endsWith("-")
                || name.contains("--")) {
            return "a cache user name is lowercase letters, digits and single inner hyphens, starting with a letter, "
                    + "at most " + MAX_NAME_LENGTH + " characters, got " + name;
        }
        if (name.equals("default")) {
            return "the user named default is the stack's own disabled user; give the application user another name";
        }
        if (!accessString.equals("on") && !accessString.startsWith("on ")) {
            return "the access string of cache user " + name + " must start with \"on\" (an enabled user), got \""
                    + accessString + "\"";
        }
        if (PASSWORD_RULE.matcher(accessString).find()) {
            return "the access string of cache user " + name + " holds a password rule (>, <, # or nopass); IAM "
                    + "authenticates this user, so leave passwords out: \"" + accessString + "\"";
        }
        return null;
    }
}
