package com.haevn.validate.rules.model;

/** Builds RFC 6901 JSON Pointers, escaping '~' and '/' in tokens so locations stay exact. */
public final class JsonPointers {

    private JsonPointers() {
    }

    public static String child(String parent, String token) {
        boolean plain = token.indexOf('~') < 0 && token.indexOf('/') < 0; // nearly always: skip two scans
        return parent + "/" + (plain ? token : token.replace("~", "~0").replace("/", "~1"));
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
