package com.haevn.validate.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the references in Terraform JSON strings: the traversals inside {@code ${...}} interpolations and
 * {@code %{...}} directives, including those nested in string literals within expressions. It is a scanner, not a
 * full HCL parser: function names, object keys ({@code key = value}), keywords, numbers and names bound by
 * {@code for} expressions are recognised and skipped; everything else that starts with a letter is a traversal.
 */
public final class ExpressionScanner {

    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "for", "in", "if", "else",
            "endif", "endfor");

    private final String text;
    private final List<Reference> references = new ArrayList<>();
    private final List<String> bound = new ArrayList<>();
    private boolean unterminated;

    private ExpressionScanner(String text) {
        this.text = text;
    }

    /** The result of scanning one string. */
    public record Result(List<Reference> references, List<String> boundNames, boolean unterminated) {
    }

    /** Scans a JSON string value as a template: only its interpolations and directives hold references. */
    public static Result scanTemplate(String text) {
        ExpressionScanner scanner = new ExpressionScanner(text);
        scanner.template(0, false);
        return scanner.result();
    }

    /** Scans a string that is an expression as a whole (such as an element of {@code depends_on}). */
    public static Result scanExpression(String text) {
        ExpressionScanner scanner = new ExpressionScanner(text + "}");
        scanner.expression(0);
        return scanner.result();
    }

    private Result result() {
        return new Result(references, bound, unterminated);
    }

    /** Scans template text from {@code i}; inside a quoted literal it stops after the closing quote. */
    private int template(int i, boolean quoted) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted && c == '\\') {
                i += 2;
            } else if (quoted && c == '"') {
                return i + 1;
            } else if ((c == '$' || c == '%') && startsWith(i + 1, c + "{")) {
                i += 3; // "$${" and "%%{" are escapes for a literal "${" / "%{"
            } else if ((c == '$' || c == '%') && startsWith(i + 1, "{")) {
                i = expression(i + 2);
            } else {
                i++;
            }
        }
        return n;
    }

    /** Scans an expression up to its closing brace; returns the index after it. */
    private int expression(int i) {
        int n = text.length();
        int depth = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '}') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
                i++;
            } else if (c == '{') {
                depth++;
                i++;
            } else if (c == '"') {
                i = template(i + 1, true);
            } else if (Character.isDigit(c)) {
                i = skipNumber(i);
            } else if (isIdentifierStart(c)) {
                i = identifier(i);
            } else {
                i++;
            }
        }
        unterminated = true;
        return n;
    }

    private int identifier(int start) {
        int i = readName(start);
        String name = text.substring(start, i);
        int next = skipSpaces(i);
        if (KEYWORDS.contains(name)) {
            if (name.equals("for")) {
                return forBinding(next);
            }
            return i;
        }
        if (startsWith(next, "(") || startsWith(next, "::")) {
            if (startsWith(next, "::")) { // provider-defined function: provider::aws::arn_parse(...)
                int j = next;
                while (startsWith(j, "::")) {
                    j = readName(j + 2);
                }
                return j;
            }
            return i; // a function call: the arguments are scanned as the loop continues
        }
        if (startsWith(next, "=") && !startsWith(next, "==") && !startsWith(next, "=>")) {
            return i; // an object key
        }
        List<String> names = new ArrayList<>();
        names.add(name);
        int j = i;
        while (j < text.length()) {
            if (startsWith(j, ".*")) {
                j += 2;
            } else if (startsWith(j, "[*]")) {
                j += 3;
            } else if (startsWith(j, ".") && j + 1 < text.length() && isIdentifierStart(text.charAt(j + 1))) {
                int end = readName(j + 1);
                names.add(text.substring(j + 1, end));
                j = end;
            } else if (startsWith(j, ".") && j + 1 < text.length() && Character.isDigit(text.charAt(j + 1))) {
                j = skipDigits(j + 1); // legacy index syntax: list.0
            } else if (startsWith(j, "[")) {
                j = index(j + 1);
            } else {
                break;
            }
        }
        if (!bound.contains(name)) {
            references.add(new Reference(names, text.substring(start, j)));
        }
        return j;
    }

    /** After "for": the bound names up to "in". */
    private int forBinding(int i) {
        int j = i;
        while (j < text.length()) {
            j = skipSpaces(j);
            if (j >= text.length() || !isIdentifierStart(text.charAt(j))) {
                return j;
            }
            int end = readName(j);
            String name = text.substring(j, end);
            if (name.equals("in")) {
                return end;
            }
            bound.add(name);
            j = skipSpaces(end);
            if (startsWith(j, ",")) {
                j++;
            }
        }
        return j;
    }

    /** Scans an index expression up to its closing bracket (references inside count too). */
    private int index(int i) {
        int depth = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ']' && depth == 0) {
                return i + 1;
            } else if (c == '[') {
                depth++;
                i++;
            } else if (c == ']') {
                depth--;
                i++;
            } else if (c == '"') {
                i = template(i + 1, true);
            } else if (c == '}') {
                return i; // unbalanced: let the expression end here
            } else if (Character.isDigit(c)) {
                i = skipNumber(i);
            } else if (isIdentifierStart(c)) {
                i = identifier(i);
            } else {
                i++;
            }
        }
        return i;
    }

    private int readName(int i) {
        while (i < text.length() && isIdentifierPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int skipNumber(int i) {
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.'
                && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private int skipDigits(int i) {
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int skipSpaces(int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean startsWith(int i, String prefix) {
        return text.startsWith(prefix, i);
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
