package com.haevn.validate.structure;

import java.util.regex.Pattern;

/** Terraform's identifier syntax for block labels: a letter or underscore, then letters, digits, '_' or '-'. */
public final class Labels {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private Labels() {
    }

    public static boolean valid(String label) {
        return IDENTIFIER.matcher(label).matches();
    }
}
