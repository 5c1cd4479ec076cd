package com.haevn.modules.secrets;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One application secret, by who rotates it. Its name in Secrets Manager is the props' prefix and {@link #name()}
 * ({@code haevn/prod/database/master}).
 */
public sealed interface SecretSpec {

    /** The longest rotation interval the platform allows (the seed's "every 90 days"). */
    int MAX_ROTATION_DAYS = 90;
    /** Lowercase path segments: {@code session-signing-key}, {@code database/master}. */
    Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(/[a-z][a-z0-9-]*)*");

    /** The name below the environment's prefix, e.g. {@code database/master}. */
    String name();

    /**
     * A random value that only applications read: generated and rotated by this repository's rotation function
     * with {@code GetRandomPassword}; its first value comes from the first rotation, right after creation.
     *
     * @param name           the name below the prefix
     * @param rotationDays   days between rotations, 1..{@value #MAX_ROTATION_DAYS}
     * @param passwordLength characters of each value, {@value #MIN_PASSWORD_LENGTH}..{@value #MAX_PASSWORD_LENGTH}
     */
    record Generated(String name, int rotationDays, int passwordLength) implements SecretSpec {

        public static final int MIN_PASSWORD_LENGTH = 20;
        /** GetRandomPassword's maximum. */
        public static final int MAX_PASSWORD_LENGTH = 4096;

        public Generated {
            checkName(name);
            checkRotation(name, rotationDays);
            require(passwordLength >= MIN_PASSWORD_LENGTH && passwordLength <= MAX_PASSWORD_LENGTH,
                    "secret " + name + ": passwordLength must be " + MIN_PASSWORD_LENGTH + ".." + MAX_PASSWORD_LENGTH
                            + ", got " + passwordLength);
        }
    }

    /**
     * The credentials of a PostgreSQL user, a JSON document with the keys {@code engine}, {@code host},
     * {@code port}, {@code username}, {@code password} and {@code dbname}: rotated by AWS's PostgreSQL single-user
     * rotation function, which logs in as the user and changes its password. Its first value is written outside
     * Terraform (see {@code docs/secrets.md}); rotation starts on schedule, not at creation, since the database
     * may not exist yet.
     *
     * @param name         the name below the prefix
     * @param rotationDays days between rotations, 1..{@value #MAX_ROTATION_DAYS}
     * @param username     the database user whose password this is
     */
    record DatabaseUser(String name, int rotationDays, String username) implements SecretSpec {

        /** PostgreSQL's identifiers: at most 63 bytes. */
        public static final Pattern USERNAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

        public DatabaseUser {
            checkName(name);
            checkRotation(name, rotationDays);
            Objects.requireNonNull(username, "username");
            require(USERNAME.matcher(username).matches(), "secret " + name + ": username must be a lowercase "
                    + "PostgreSQL identifier, got " + username);
        }
    }

    /**
     * A value issued and rotated by another system (a Grafana Cloud token): no rotation here; the validator's
     * rotation finding is suppressed with the owner and the reason.
     *
     * @param name   the name below the prefix
     * @param owner  who rotates it at the issuer (a team)
     * @param reason why it is not rotated here, at least {@value #MIN_REASON_LENGTH} characters
     */
    record External(String name, String owner, String reason) implements SecretSpec {

        /** As long as the validator's suppressions require. */
        public static final int MIN_REASON_LENGTH = 20;

        public External {
            checkName(name);
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(reason, "reason");
            require(!owner.isBlank(), "secret " + name + ": owner must name who rotates it");
            require(reason.strip().length() >= MIN_REASON_LENGTH, "secret " + name + ": reason must be at least "
                    + MIN_REASON_LENGTH + " characters, got '" + reason + "'");
        }
    }

    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        require(NAME.matcher(name).matches(), "secret names are lowercase path segments such as database/master, "
                + "got " + name);
    }

    private static void checkRotation(String name, int rotationDays) {
        require(rotationDays >= 1 && rotationDays <= MAX_ROTATION_DAYS, "secret " + name + ": rotationDays must be 1.."
                + MAX_ROTATION_DAYS + ", got " + rotationDays);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
