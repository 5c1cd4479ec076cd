package com.haevn.terraform;

/**
 * One diagnostic of {@code terraform validate -json}.
 *
 * @param severity "error" or "warning"
 * @param summary  the one-line summary
 * @param detail   the detail text, "" when absent
 * @param filename the file it points at (relative to the validated dir), "" when it has no range
 * @param line     1-based line, 0 when it has no range
 * @param column   1-based column, 0 when it has no range
 */
public record TerraformDiagnostic(String severity, String summary, String detail, String filename, int line,
                                  int column) {

    public boolean error() {
        return "error".equals(severity);
    }
}
