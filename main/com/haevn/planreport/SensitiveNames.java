package com.haevn.planreport;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Attribute names that say they hold a secret: a provider that forgot to mark one sensitive still gets it masked.
 * Matches password, passwd, secret, token and private key in any spelling of the name
 * ({@code master_password}, {@code secret_string}, {@code auth_token}, {@code private_key_pem}, {@code privateKey}).
 */
final class SensitiveNames {

    private static final Pattern SECRET = Pattern.compile("password|passwd|secret|token|private_?key");

    private SensitiveNames() {
    }

    static boolean soundsSecret(String attributeName) {
        return SECRET.matcher(attributeName.toLowerCase(Locale.ROOT).replace("-", "_")).find();
    }
}
