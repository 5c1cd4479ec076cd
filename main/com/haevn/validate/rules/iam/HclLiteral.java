package com.haevn.validate.rules.iam;

import java.util.Optional;

/**
 * Turns an HCL object/tuple literal (what cdktf writes inside {@code ${jsonencode(...)}}) into JSON text, when it
 * holds only literals. Anything else (a reference, a function call) makes the value unknown: empty.
 */
final class HclLiteral {

    private HclLiteral() {
    }

    static Optional<String> toJson(String hcl) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < hcl.length()) {
            char c = hcl.charAt(i);
            if (c == '"') {
                int end = endOfString(hcl, i);
                if (end < 0) {
                    return Optional.empty();
                }
                String literal = hcl.substring(i, end + 1);
                if (literal.contains("${") || literal.contains("%{")) {
                    return Optional.empty();
                }
                out.append(literal);
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < hcl.length() && (Character.isLetterOrDigit(hcl.charAt(end)) || hcl.charAt(end) == '_'
                        || hcl.charAt(end) == '-')) {
                    end++;
                }
                String word = hcl.substring(i, end);
                int next = skipSpace(hcl, end);
                if (next < hcl.length() && (hcl.charAt(next) == '=' || hcl.charAt(next) == ':')
                        && (next + 1 >= hcl.length() || hcl.charAt(next + 1) != '=')) {
                    out.append('"').append(word).append('"');
                } else if (word.equals("true") || word.equals("false") || word.equals("null")) {
                    out.append(word);
                } else {
                    return Optional.empty();
                }
                i = end;
            } else if (c == '=') {
                out.append(':');
                i++;
            } else if (Character.isDigit(c) || "{}[],:-. \t\r\n".indexOf(c) >= 0) {
                out.append(c == '\n' || c == '\r' ? ' ' : c);
                i++;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out.toString());
    }

    private static int endOfString(String text, int start) {
        for (int i = start + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
