package com.haevn.validate.load;

/** Builds RFC 6901 JSON Pointers from path segments. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** {@code of("resource", "aws_s3_bucket", "a/b")} gives {@code /resource/aws_s3_bucket/a~1b}. */
    public static String of(Object... segments) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : segments) {
            pointer.append('/').append(escape(String.valueOf(segment)));
        }
        return pointer.toString();
    }

    /** Appends one segment to an existing pointer. */
    public static String child(String pointer, Object segment) {
        return pointer + "/" + escape(String.valueOf(segment));
    }

    static String escape(String segment) {
        if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
            return segment;
        }
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
