package com.haevn.validate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Terraform version constraint ({@code ">= 5.23.1, < 6.0.0"}, {@code "~> 5.0"}, {@code "5.23.1"}), read far
 * enough to tell whether it admits a version newer than a given one.
 */
public final class VersionConstraint {

    private static final Pattern CLAUSE = Pattern.compile("^\\s*(>=|<=|!=|~>|=|>|<)?\\s*v?(\\d+(?:\\.\\d+){0,2})\\s*$");

    private record Clause(String operator, int[] version, int parts) {
    }

    private final List<Clause> clauses;

    private VersionConstraint(List<Clause> clauses) {
        this.clauses = clauses;
    }

    /** The constraint, or empty when some clause is not understood (pre-release versions...). */
    public static Optional<VersionConstraint> parse(String text) {
        List<Clause> clauses = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher m = CLAUSE.matcher(part);
            if (!m.matches()) {
                return Optional.empty();
            }
            String[] numbers = m.group(2).split("\\.");
            clauses.add(new Clause(m.group(1) == null ? "=" : m.group(1), version(m.group(2)), numbers.length));
        }
        return Optional.of(new VersionConstraint(clauses));
    }

    /** Whether some version above {@code version} ("5.23.1") meets every clause. */
    public boolean admitsNewerThan(String version) {
        int[] base = version(version);
        List<int[]> candidates = new ArrayList<>(List.of(new int[] {base[0], base[1], base[2] + 1},
                new int[] {base[0], base[1] + 1, 0}, new int[] {base[0] + 1, 0, 0}, new int[] {999, 0, 0}));
        clauses.forEach(c -> {
            candidates.add(c.version());
            candidates.add(new int[] {c.version()[0], c.version()[1], c.version()[2] + 1});
        });
        return candidates.stream().anyMatch(v -> compare(v, base) > 0 && admits(v));
    }

    private boolean admits(int[] v) {
        for (Clause clause : clauses) {
            int c = compare(v, clause.version());
            boolean ok = switch (clause.operator()) {
                case "=" -> c == 0;
                case "!=" -> c != 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                default -> c >= 0 && compare(v, pessimisticCeiling(clause)) < 0; // "~>"
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** "~> 5.23.1" allows up to (not incl.) 5.24.0; "~> 5.23" up to 6.0.0; "~> 5" up to 6.0.0. */
    private static int[] pessimisticCeiling(Clause clause) {
        int[] v = clause.version();
        return clause.parts() >= 3 ? new int[] {v[0], v[1] + 1, 0} : new int[] {v[0] + 1, 0, 0};
    }

    private static int[] version(String text) {
        String[] parts = text.split("\\.");
        int[] v = new int[3];
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            v[i] = Integer.parseInt(parts[i]);
        }
        return v;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
