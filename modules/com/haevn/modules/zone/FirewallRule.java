package com.haevn.modules.zone;

import java.util.Objects;
import java.util.Set;

/**
 * A custom WAF rule ({@code http_request_firewall_custom}) of one host scope.
 *
 * @param name       what it is for, in the rule's description
 * @param action     one of {@link #ACTIONS}
 * @param expression a Cloudflare rules-language expression; the scope's host condition is added around it
 */
public record FirewallRule(String name, String action, String expression) {

    /** The actions a custom rule takes here (logging needs Enterprise; skip rules are not the platform's). */
    public static final Set<String> ACTIONS = Set.of("block", "managed_challenge", "js_challenge", "challenge");

    public FirewallRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("custom rule " + name + ": action \"" + action + "\" is not one of "
                    + ACTIONS.stream().sorted().toList());
        }
        if (expression.isBlank()) {
            throw new IllegalArgumentException("custom rule " + name + " has an empty expression");
        }
    }
}
