package com.haevn.validate.core;

/** Maps a JSON Pointer (RFC 6901, e.g. {@code /resource/aws_s3_bucket/logs/acl}) to where it stands in the file. */
@FunctionalInterface
public interface LocationIndex {

    /** The location of the value at {@code jsonPointer}, or of its nearest known ancestor. */
    SourceLocation locate(String jsonPointer);

    static LocationIndex fileOnly(String file) {
        SourceLocation location = SourceLocation.ofFile(file);
        return pointer -> location;
    }
}
