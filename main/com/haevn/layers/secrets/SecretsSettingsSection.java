package com.haevn.layers.secrets;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.environment.Tier;
import com.haevn.modules.secrets.SecretSpec;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and checks the {@code secrets} section: each entry's kind and the keys of that kind, names Secrets Manager
 * and the runtime's prefix accept, rotation at most every 90 days, an owner and a reason for every secret rotated
 * elsewhere. Staging and production run an Aurora global database, whose initial master password comes from the
 * database-user secret {@value #MASTER_SECRET}: they must declare it.
 */
final class SecretsSettingsSection implements SettingsSection<SecretsSettings> {

    /** The data layer's global database reads its initial master password from this secret. */
    static final String MASTER_SECRET = "database/master";
    static final String GENERATED = "generated";
    static final String DATABASE_USER = "database-user";
    static final String EXTERNAL = "external";
    static final Map<String, List<String>> KEYS_BY_KIND = kindKeys();
    static final List<String> ENTRY_KEYS = KEYS_BY_KIND.values().stream().flatMap(List::stream).distinct().toList();
    static final List<Integer> RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,
            731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);
    /** Secrets Manager allows 512 characters in a name; the prefix {@code haevn/<environment>/} comes first. */
    static final int MAX_NAME_LENGTH = 100;

    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    /** What a tag value may hold: the owner becomes the secret's {@code haevn:rotated-by} tag. */
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.:/=+@-]*");

    private static Map<String, List<String>> kindKeys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put(GENERATED, List.of("name", "kind", "rotation_days", "password_length"));
        keys.put(DATABASE_USER, List.of("name", "kind", "rotation_days", "username"));
        keys.put(EXTERNAL, List.of("name", "kind", "owner", "reason"));
        return keys;
    }

    @Override
    public String key() {
        return SecretsLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("entries", "log_retention_days", "database_rotation_version");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(
                new SettingDoc("entries[]", "list", "application secrets, named `haevn/<environment>/<name>` in "
                        + "Secrets Manager, encrypted with the layer's KMS key and replicated into the other region; "
                        + "no value is ever written by Terraform. `name` (lowercase segments separated by `/`, e.g. "
                        + "`database/master`; unique) and `kind`: `generated` (random, rotated by the repository's "
                        + "function every `rotation_days`, 1.." + SecretSpec.MAX_ROTATION_DAYS + ", "
                        + "`password_length` " + SecretSpec.Generated.MIN_PASSWORD_LENGTH + ".."
                        + SecretSpec.Generated.MAX_PASSWORD_LENGTH + " characters; first value at creation), "
                        + "`database-user` (a PostgreSQL user's credentials, rotated by AWS's single-user rotation "
                        + "every `rotation_days`; `username`), `external` (rotated by its issuer: `owner` and "
                        + "`reason`, at least " + SecretSpec.External.MIN_REASON_LENGTH + " characters). Staging "
                        + "and production declare `" + MASTER_SECRET + "` as a `database-user` secret: the global "
                        + "database's initial master password"),
                new SettingDoc("log_retention_days", "number", "a CloudWatch Logs retention (1, 3, 5, 7, 14, 30, "
                        + "60, 90, ... 3653) for the rotation function's logs"),
                new SettingDoc("database_rotation_version", "text", "the pinned version of AWS's "
                        + "`SecretsManagerRDSPostgreSQLRotationSingleUser` application, e.g. `1.1.671`"));
    }

    @Override
    public Optional<SecretsSettings> read(MappingReader section, SectionContext context) {
        List<SecretSpec> secrets = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        boolean valid = section.sequence("entries").map(list -> {
            boolean all = true;
            for (int i = 0; i < list.getValue().size(); i++) {
                Node node = list.getValue().get(i);
                Optional<SecretSpec> secret = section.mappingAt(node, "entries[" + i + "]", ENTRY_KEYS)
                        .flatMap(entry -> secret(entry, node, names));
                secret.ifPresent(secrets::add);
                all &= secret.isPresent();
            }
            return all;
        }).orElse(false);
        if (valid && secrets.isEmpty()) {
            section.report("entries", "no secret is defined; add at least one, e.g. { name: session-signing-key, "
                    + "kind: generated, rotation_days: 30, password_length: 64 }");
            valid = false;
        }
        if (valid) {
            valid = masterSecretDeclared(section, context.tier(), secrets);
        }
        Optional<Integer> retention = section.integer("log_retention_days").filter(days -> retention(section, days))
                .map(Located::value);
        Optional<String> version = section.string("database_rotation_version").filter(v -> version(section, v))
                .map(Located::value);
        if (!valid || retention.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SecretsSettings(secrets, retention.get(), version.get()));
    }

    private static Optional<SecretSpec> secret(MappingReader entry, Node node, Set<String> names) {
        Optional<Located<String>> name = entry.string("name").filter(n -> name(entry, n, names));
        Optional<Located<String>> kind = entry.choice("kind", "a secret kind",
                KEYS_BY_KIND.keySet().stream().collect(Collectors.toMap(k -> k, k -> k, (a, b) -> a,
                        LinkedHashMap::new)));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (!onlyKeysOf(entry, node, kind.get().value())) {
            return Optional.empty();
        }
        return switch (kind.get().value()) {
            case GENERATED -> {
                Optional<Integer> days = rotationDays(entry);
                Optional<Integer> length = entry.integer("password_length").filter(l -> passwordLength(entry, l))
                        .map(Located::value);
                yield name.isEmpty() || days.isEmpty() || length.isEmpty() ? Optional.empty()
                        : Optional.of(new SecretSpec.Generated(name.get().value(), days.get(), length.get()));
            }
            case DATABASE_USER -> {
                Optional<Integer> days = rotationDays(entry);
                Optional<String> username = entry.string("username").filter(u -> username(entry, u))
                        .map(Located::value);
                yield name.isEmpty() || days.isEmpty() || username.isEmpty() ? Optional.empty()
                        : Optional.of(new SecretSpec.DatabaseUser(name.get().value(), days.get(), username.get()));
            }
            default -> {
                Optional<String> owner = entry.string("owner").filter(o -> owner(entry, o)).map(Located::value);
                Optional<String> reason = entry.string("reason").filter(r -> reason(entry, r)).map(Located::value);
                yield name.isEmpty() || owner.isEmpty() || reason.isEmpty() ? Optional.empty()
                        : Optional.of(new SecretSpec.External(name.get().value(), owner.get(), reason.get()));
            }
        };
    }

    /** Keys of another kind are reported, not ignored: {@code rotation_days} on an external secret does nothing. */
    private static boolean onlyKeysOf(MappingReader entry, Node node, String kind) {
        List<String> allowed = KEYS_BY_KIND.get(kind);
        boolean valid = true;
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && ENTRY_KEYS.contains(key.getValue())
                    && !allowed.contains(key.getValue())) {
                entry.report(new Located<>(null, entry.childPath(key.getValue()), entry.lineOf(key.getValue())),
                        "\"" + key.getValue() + "\" does not apply to " + article(kind) + " " + kind + " secret; its "
                                + "keys are: " + String.join(", ", allowed));
                valid = false;
            }
        }
        return valid;
    }

    private static String article(String kind) {
        return kind.equals(EXTERNAL) ? "an" : "a";
    }

    private static boolean name(MappingReader entry, Located<String> name, Set<String> names) {
        String text = name.value();
        if (!SecretSpec.NAME.matcher(text).matches()) {
            entry.report(name, "\"" + text + "\" is not a secret name; use lowercase segments of letters, digits and "
                    + "hyphens, each starting with a letter, separated by /, e.g. database/master");
            return false;
        }
        if (text.length() > MAX_NAME_LENGTH) {
            entry.report(name, "\"" + text + "\" is " + text.length() + " characters; use at most " + MAX_NAME_LENGTH);
            return false;
        }
        if (!names.add(text)) {
            entry.report(name, "secret name \"" + text + "\" is used twice; give each secret its own");
            return false;
        }
        return true;
    }

    private static Optional<Integer> rotationDays(MappingReader entry) {
        return entry.integer("rotation_days").filter(days -> {
            if (days.value() >= 1 && days.value() <= SecretSpec.MAX_ROTATION_DAYS) {
                return true;
            }
            entry.report(days, days.value() < 1 ? days.value() + " is not a rotation interval; use 1.."
                    + SecretSpec.MAX_ROTATION_DAYS + " days"
                    : days.value() + " days is longer than the platform allows between rotations (at most every "
                    + SecretSpec.MAX_ROTATION_DAYS + " days); use 1.." + SecretSpec.MAX_ROTATION_DAYS);
            return false;
        }).map(Located::value);
    }

    private static boolean passwordLength(MappingReader entry, Located<Integer> length) {
        int min = SecretSpec.Generated.MIN_PASSWORD_LENGTH;
        int max = SecretSpec.Generated.MAX_PASSWORD_LENGTH;
        if (length.value() >= min && length.value() <= max) {
            return true;
        }
        entry.report(length, length.value() + " is not a password length; use " + min + ".." + max + " characters");
        return false;
    }

    private static boolean username(MappingReader entry, Located<String> username) {
        if (SecretSpec.DatabaseUser.USERNAME.matcher(username.value()).matches()) {
            return true;
        }
        entry.report(username, "\"" + username.value() + "\" is not a PostgreSQL user name; use lowercase letters, "
                + "digits and underscores, starting with a letter or underscore, at most 63 characters, e.g. "
                + "haevn_admin");
        return false;
    }

    private static boolean owner(MappingReader entry, Located<String> owner) {
        if (OWNER.matcher(owner.value()).matches()) {
            return true;
        }
        entry.report(owner, "owner \"" + owner.value() + "\" must name who rotates the secret at its issuer, in "
                + "letters, digits, spaces and _.:/=+@-, e.g. observability-team");
        return false;
    }

    private static boolean reason(MappingReader entry, Located<String> reason) {
        if (reason.value().strip().length() >= SecretSpec.External.MIN_REASON_LENGTH) {
            return true;
        }
        entry.report(reason, "the reason is " + reason.value().strip().length() + " characters; say in at least "
                + SecretSpec.External.MIN_REASON_LENGTH + " why the secret is not rotated here, e.g. \"Grafana "
                + "Cloud issues the token and rotates it\"");
        return false;
    }

    private static boolean masterSecretDeclared(MappingReader section, Optional<Tier> tier,
                                                List<SecretSpec> secrets) {
        Optional<Tier> highAvailability = tier.filter(Tier::requiresHighAvailability);
        boolean declared = secrets.stream().anyMatch(s -> s instanceof SecretSpec.DatabaseUser
                && s.name().equals(MASTER_SECRET));
        if (highAvailability.isEmpty() || declared) {
            return true;
        }
        section.report("entries", "a " + highAvailability.get().yamlValue() + " environment runs an Aurora global "
                + "database, which takes its initial master password from the database-user secret " + MASTER_SECRET
                + "; add { name: " + MASTER_SECRET + ", kind: " + DATABASE_USER + ", rotation_days: 30, username: "
                + "haevn_admin }");
        return false;
    }

    private static boolean retention(MappingReader section, Located<Integer> days) {
        if (RETENTION_DAYS.contains(days.value())) {
            return true;
        }
        section.report(days, days.value() + " is not a retention CloudWatch Logs accepts; use one of: "
                + RETENTION_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return false;
    }

    private static boolean version(MappingReader section, Located<String> version) {
        if (VERSION.matcher(version.value()).matches()) {
            return true;
        }
        section.report(version, "\"" + version.value() + "\" is not an application version; use major.minor.patch, "
                + "e.g. 1.1.671");
        return false;
    }
}
