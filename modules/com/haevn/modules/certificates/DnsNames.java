package com.haevn.modules.certificates;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names an ACM certificate may hold: lowercase DNS names of up to 253 characters with labels of up to 63
 * letters, digits and inner hyphens, at least two labels, optionally a wildcard ({@code *.}) as the whole leftmost
 * label.
 */
public final class DnsNames {

    /** ACM's default quota of names per certificate (the domain name and its alternative names). */
    public static final int MAX_NAMES = 10;

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private DnsNames() {
    }

    /** Why {@code name} cannot be a certificate name, or empty when it can. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("a certificate name cannot be empty");
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            return Optional.of("\"" + name + "\" has uppercase letters; write it as "
                    + name.toLowerCase(Locale.ROOT));
        }
        if (name.length() > 253) {
            return Optional.of("\"" + name + "\" is longer than the 253 characters a DNS name may have");
        }
        String rest = name.startsWith("*.") ? name.substring(2) : name;
        String[] labels = rest.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.of("\"" + name + "\" is not a fully qualified name; write it with its zone, e.g. "
                    + "app.haevn.io");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.of("\"" + name + "\" is not a DNS name: label \"" + label + "\" must be 1 to 63 "
                        + "letters, digits or inner hyphens (a wildcard is allowed only as the whole first label, "
                        + "\"*.\")");
            }
        }
        return Optional.empty();
    }
}
