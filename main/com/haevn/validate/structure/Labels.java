package com.haevn.validate.structure;

/** Terraform's identifier syntax for block labels: a letter or underscore, then letters, digits, '_' or '-'. */
public final class Labels {

    private Labels() {
    }

    public static boolean valid(String label) {
        if (label.isEmpty() || !(isLetter(label.charAt(0)) || label.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!(isLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
