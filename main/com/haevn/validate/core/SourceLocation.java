package com.haevn.validate.core;

/**
 * Where in an input file a finding points. Lines and columns are 1-based; 0 means unknown.
 *
 * @param file   the file as the user named it (relative when it was given relative)
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record SourceLocation(String file, int line, int column) {

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
