package com.haevn.validate.refs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the references in Terraform JSON strings, reading them as HCL does. A JSON string is a template: its
 * {@code ${...}} interpolations and {@code %{...}} directives hold expressions ({@code $${} and {@code %%{} are
 * literal). Inside an expression the scanner follows HCL's lexical grammar as far as references need: quoted
 * strings and heredocs ({@code <<EOT}, {@code <<-EOT}) are templates again, to any depth; comments ({@code #},
 * {@code //}, {@code /* ... *}{@code /}) are skipped; brackets nest; names bound by a for-expression or a
 * {@code %{for}} directive are bound only inside it; function names, object keys, keywords, numbers and attribute
 * names after any value are not references. Everything else that starts a traversal is one.
 *
 * <p>It is a scanner, not a parser: operators are not checked. What it does check is what it must understand to
 * find references: every interpolation, directive, string, heredoc, block comment and bracket is terminated and
 * closed by its own closer, and {@code %{if}}/{@code %{for}} pair with their {@code %{endif}}/{@code %{endfor}}.
 * The first such problem is the result's {@link Result#problem()}; terraform refuses the same strings.
 */
public final class ExpressionScanner {

    /** Brackets, strings and templates nested deeper than this are refused rather than risking the stack. */
    private static final int MAX_DEPTH = 200;

    private final String text;
    private final int length;
    private final List<Reference> references = new ArrayList<>();
    /** Names bound by the enclosing for-expressions and for-directives, innermost last. */
    private final List<String> bound = new ArrayList<>();
    private String problem;
    private int depth;
    /** Where the last line comment ended at the end of the text, hiding a closer; -1 when none did. */
    private int commentToEnd = -1;

    private ExpressionScanner(String text) {
        this.text = text;
        this.length = text.length();
    }

    /**
     * The result of scanning one string.
     *
     * @param references the traversals found, in order
     * @param problem    the first syntax problem, for a message; null when the string is well-formed
     */
    public record Result(List<Reference> references, String problem) {

        public boolean wellFormed() {
            return problem == null;
        }
    }

    /** Scans a JSON string value as a template: only its interpolations and directives hold references. */
    public static Result scanTemplate(String text) {
        ExpressionScanner scanner = new ExpressionScanner(text);
        scanner.template(0, Mode.BARE, null, 0);
        return scanner.result();
    }

    /** Scans a string that is an expression as a whole (such as an element of {@code depends_on}). */
    public static Result scanExpression(String text) {
        ExpressionScanner scanner = new ExpressionScanner(text);
        scanner.expression(0, Closer.END_OF_TEXT, -1);
        return scanner.result();
    }

    private Result result() {
        return new Result(problem == null ? references : List.of(), problem);
    }

    /** How a template ends. */
    private enum Mode {
        /** A JSON string: at the end of the text. */
        BARE,
        /** A quoted string inside an expression: at its unescaped closing quote. */
        QUOTED,
        /** A heredoc inside an expression: at a line holding only its marker. */
        HEREDOC
    }

    /** How an expression ends: the character that closes it, and whether it is an object constructor. */
    private enum Closer {
        INTERPOLATION('}', false), OBJECT('}', true), TUPLE(']', false), INDEX(']', false), PARENS(')', false),
        END_OF_TEXT('\0', false);

        final char symbol;
        final boolean object;

        Closer(char symbol, boolean object) {
            this.symbol = symbol;
            this.object = object;
        }
    }

    /** An open {@code %{if}} or {@code %{for}} of one template. */
    private record Directive(String keyword, int at, int boundBefore) {
    }

    /**
     * Scans a template from {@code i}; {@code opener} is where it started, for messages. Returns the index after a
     * quoted string's closing quote, the index of the newline that ends a heredoc's marker line, or the text's end.
     */
    private int template(int i, Mode mode, String marker, int opener) {
        if (!enter()) {
            return length;
        }
        Deque<Directive> open = new ArrayDeque<>(2);
        boolean lineStart = true;
        while (i < length && problem == null) {
            if (mode == Mode.HEREDOC && lineStart) {
                int eol = text.indexOf('\n', i);
                if (eol >= 0 && isMarkerLine(i, eol, marker)) {
                    closeTemplate(open);
                    depth--;
                    return eol;
                }
                lineStart = false;
            }
            char c = text.charAt(i);
            if (c == '\n') {
                if (mode == Mode.QUOTED) {
                    fail("the string at character " + (opener + 1) + " runs over a line break; quoted strings cannot"
                            + " (use a heredoc <<-EOT for text of several lines)");
                    break;
                }
                lineStart = true;
                i++;
            } else if (mode == Mode.QUOTED && c == '\\') {
                i += 2;
            } else if (mode == Mode.QUOTED && c == '"') {
                closeTemplate(open);
                depth--;
                return i + 1;
            } else if ((c == '$' || c == '%') && i + 2 < length && text.charAt(i + 1) == c
                    && text.charAt(i + 2) == '{') {
                i += 3; // "$${" and "%%{" are escapes for a literal "${" / "%{"
            } else if (c == '$' && i + 1 < length && text.charAt(i + 1) == '{') {
                i = expression(i + 2, Closer.INTERPOLATION, i);
            } else if (c == '%' && i + 1 < length && text.charAt(i + 1) == '{') {
                i = directive(i + 2, i, open);
            } else {
                i++;
            }
        }
        depth--;
        if (problem != null) {
            return length;
        }
        switch (mode) {
            case QUOTED -> fail("the string at character " + (opener + 1) + " has no closing quote");
            case HEREDOC -> fail("the heredoc at character " + (opener + 1) + " has no closing line \"" + marker
                    + "\" (the marker alone on its line, followed by a line break)");
            case BARE -> closeTemplate(open);
        }
        return length;
    }

    /** Whether the line {@code [from, eol)} is the heredoc's marker, surrounded by nothing but blanks. */
    private boolean isMarkerLine(int from, int eol, String marker) {
        int start = from;
        int end = eol;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start == marker.length() && text.startsWith(marker, start);
    }

    private void closeTemplate(Deque<Directive> open) {
        if (!open.isEmpty() && problem == null) {
            Directive first = open.peekLast();
            fail("the %{" + first.keyword() + "} at character " + (first.at() + 1) + " has no %{end"
                    + first.keyword() + "}");
        }
    }

    /** Scans a directive from after its {@code %{}; returns the index after its closing brace. */
    private int directive(int i, int at, Deque<Directive> open) {
        int start = skipBlanks(skipStrip(i));
        int end = readName(start);
        String keyword = text.substring(start, end);
        switch (keyword) {
            case "if" -> {
                open.push(new Directive(keyword, at, bound.size()));
                return expression(end, Closer.INTERPOLATION, at);
            }
            case "for" -> {
                int before = bound.size();
                List<String> names = new ArrayList<>(2);
                int collection = forNames(end, names, at);
                int after = expression(collection, Closer.INTERPOLATION, at);
                open.push(new Directive(keyword, at, before));
                bound.addAll(names);
                return after;
            }
            case "else", "endif", "endfor" -> {
                String opening = keyword.equals("endfor") ? "for" : "if";
                Directive top = open.peek();
                if (top == null || !top.keyword().equals(opening)) {
                    fail("the %{" + keyword + "} at character " + (at + 1) + " has no %{" + opening + "} before it");
                    return length;
                }
                if (!keyword.equals("else")) {
                    open.pop();
                    unbind(top.boundBefore());
                }
                int close = skipBlanks(skipStrip(skipBlanks(end)));
                if (close >= length || text.charAt(close) != '}') {
                    fail("the %{" + keyword + "} at character " + (at + 1) + " has no closing \"}\"");
                    return length;
                }
                return close + 1;
            }
            default -> {
                fail("\"" + keyword + "\" at character " + (at + 1) + " is not a template directive (if, else, endif,"
                        + " for, endfor); write \"%%{\" for a literal \"%{\"");
                return length;
            }
        }
    }

    /**
     * Scans an expression from {@code i} up to its closer ({@code opener} is where it opened, for messages);
     * returns the index after the closer.
     */
    private int expression(int i, Closer closer, int opener) {
        if (!enter()) {
            return length;
        }
        int boundBefore = bound.size();
        boolean first = true;
        boolean itemStart = closer.object;
        while (i < length && problem == null) {
            char c = text.charAt(i);
            if (c == '\n') {
                itemStart = closer.object;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '#' || c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
                int eol = text.indexOf('\n', i);
                if (eol < 0) {
                    commentToEnd = i;
                    i = length;
                } else {
                    i = eol;
                }
                continue;
            }
            if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                if (close < 0) {
                    fail("the comment \"/*\" at character " + (i + 1) + " has no closing \"*/\"");
                    break;
                }
                i = close + 2;
                continue;
            }
            boolean wasItemStart = itemStart;
            boolean wasFirst = first;
            itemStart = false;
            first = false;
            if (c == closer.symbol && closer != Closer.END_OF_TEXT) {
                if (wasFirst && closer == Closer.INTERPOLATION) {
                    fail("the \"" + text.substring(opener, opener + 2) + "\" at character " + (opener + 1)
                            + " holds no expression");
                }
                unbind(boundBefore);
                depth--;
                return i + 1;
            }
            switch (c) {
                case '"' -> i = template(i + 1, Mode.QUOTED, null, i);
                case '{' -> i = expression(i + 1, Closer.OBJECT, i);
                case '[' -> i = expression(i + 1, Closer.TUPLE, i);
                case '(' -> i = expression(i + 1, Closer.PARENS, i);
                case '}', ']', ')' -> {
                    fail("unexpected \"" + c + "\" at character " + (i + 1) + (closer == Closer.END_OF_TEXT ? ""
                            : " (the \"" + text.charAt(opener) + "\" at character " + (opener + 1)
                            + " is still open)"));
                    i = length;
                }
                case ',' -> {
                    itemStart = closer.object;
                    i++;
                }
                case '.' -> i = attributeAfterValue(i);
                case '<' -> i = i + 1 < length && text.charAt(i + 1) == '<' ? heredoc(i) : i + 1;
                default -> {
                    if (Character.isDigit(c)) {
                        i = skipNumber(i);
                    } else if (isIdentifierStart(c)) {
                        boolean forStart = wasFirst && (closer == Closer.TUPLE || closer == Closer.OBJECT);
                        i = word(i, wasItemStart, forStart, opener);
                    } else {
                        i++;
                    }
                }
            }
        }
        unbind(boundBefore);
        depth--;
        if (problem == null && closer != Closer.END_OF_TEXT) {
            String hidden = commentToEnd >= 0 ? "; the comment at character " + (commentToEnd + 1)
                    + " runs to the end of the text and hides it (end a # or // comment with a line break)" : "";
            fail("the \"" + text.substring(opener, Math.min(length, opener + (closer == Closer.INTERPOLATION ? 2 : 1)))
                    + "\" at character " + (opener + 1) + " has no closing \"" + closer.symbol + "\"" + hidden);
        }
        return length;
    }

    /** A name starting at {@code start}: a keyword, function, object key, for-expression or traversal. */
    private int word(int start, boolean keyPosition, boolean forStart, int opener) {
        int end = readName(start);
        String name = text.substring(start, end);
        if (forStart && name.equals("for")) {
            List<String> names = new ArrayList<>(2);
            int after = forNames(end, names, opener);
            bound.addAll(names); // unbound when the enclosing bracket closes
            return after;
        }
        if (name.equals("true") || name.equals("false") || name.equals("null")) {
            return end;
        }
        if (name.equals("if") && bound.size() > 0) {
            return end; // the condition of a for-expression
        }
        int next = skipBlanks(end);
        if (text.startsWith("::", next)) { // provider-defined function: provider::aws::arn_parse(...)
            int j = next;
            while (text.startsWith("::", j)) {
                j = readName(j + 2);
            }
            return j;
        }
        if (next < length) {
            char after = text.charAt(next);
            if (after == '(') {
                return end; // a function call: its arguments are scanned as the expression continues
            }
            if (after == '=' && !text.startsWith("==", next) && !text.startsWith("=>", next)) {
                return end; // an object key
            }
            if (after == ':' && keyPosition) {
                return end; // an object key written with a colon
            }
        }
        return traversal(start, end, name);
    }

    /** The attribute, index and splat steps after a root name; records the reference unless the root is bound. */
    private int traversal(int start, int end, String root) {
        List<String> names = new ArrayList<>(4);
        names.add(root);
        int j = end;
        while (j < length && problem == null) {
            char c = text.charAt(j);
            if (c == '.' && j + 1 < length && text.charAt(j + 1) == '*') {
                j += 2;
            } else if (c == '.' && j + 1 < length && isIdentifierStart(text.charAt(j + 1))) {
                int nameEnd = readName(j + 1);
                names.add(text.substring(j + 1, nameEnd));
                j = nameEnd;
            } else if (c == '.' && j + 1 < length && Character.isDigit(text.charAt(j + 1))) {
                j = skipDigits(j + 1); // legacy index syntax: list.0
            } else if (text.startsWith("[*]", j)) {
                j += 3;
            } else if (c == '[') {
                j = expression(j + 1, Closer.INDEX, j);
            } else {
                break;
            }
        }
        if (!bound.contains(root)) {
            references.add(new Reference(names, text.substring(start, Math.min(j, length))));
        }
        return j;
    }

    /** After a value ({@code f(x).a}, {@code [..][0].b}, {@code "s".c}): the attribute name is no reference. */
    private int attributeAfterValue(int i) {
        int next = i + 1;
        if (next < length && isIdentifierStart(text.charAt(next))) {
            return readName(next);
        }
        if (next < length && text.charAt(next) == '*') {
            return next + 1;
        }
        return skipDigits(next);
    }

    /** After "for": the one or two bound names and "in"; returns the index after "in". */
    private int forNames(int i, List<String> names, int opener) {
        int j = skipBlanks(i);
        while (j < length && isIdentifierStart(text.charAt(j))) {
            int end = readName(j);
            String name = text.substring(j, end);
            if (name.equals("in")) {
                return end;
            }
            names.add(name);
            j = skipBlanks(end);
            if (j < length && text.charAt(j) == ',') {
                j = skipBlanks(j + 1);
            }
        }
        fail("the for at character " + (opener + 1) + " has no \"in\": write for NAME in COLLECTION");
        return length;
    }

    /** A heredoc from its {@code <<}: the opener line, then the body as a template up to the marker line. */
    private int heredoc(int at) {
        int j = at + 2;
        if (j < length && text.charAt(j) == '-') {
            j++;
        }
        int nameEnd = j < length && isIdentifierStart(text.charAt(j)) ? readName(j) : j;
        int body = nameEnd;
        if (text.startsWith("\r\n", body)) {
            body += 2;
        } else if (body < length && text.charAt(body) == '\n') {
            body++;
        } else {
            body = -1;
        }
        if (nameEnd == j || body < 0) {
            fail("the \"<<\" at character " + (at + 1) + " does not start a heredoc: write <<MARKER or <<-MARKER"
                    + " followed by a line break");
            return length;
        }
        return template(body, Mode.HEREDOC, text.substring(j, nameEnd), at);
    }

    private boolean enter() {
        if (++depth > MAX_DEPTH) {
            fail("the expression nests brackets, strings or templates more than " + MAX_DEPTH + " levels deep");
            depth--;
            return false;
        }
        return true;
    }

    private void fail(String message) {
        if (problem == null) {
            problem = message;
        }
    }

    private void unbind(int size) {
        while (bound.size() > size) {
            bound.remove(bound.size() - 1);
        }
    }

    private int skipStrip(int i) {
        return i < length && text.charAt(i) == '~' ? i + 1 : i;
    }

    private int readName(int i) {
        while (i < length && isIdentifierPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int skipNumber(int i) {
        while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.'
                && i + 1 < length && Character.isDigit(text.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private int skipDigits(int i) {
        while (i < length && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int skipBlanks(int i) {
        while (i < length && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
