package com.haevn.validate.report;

import java.nio.file.Path;

/** File names as reports show them: relative to the working directory when possible, with forward slashes. */
final class Paths {

    private Paths() {
    }

    static String portable(String file) {
        String shown = file;
        try {
            Path path = Path.of(file);
            if (path.isAbsolute()) {
                Path cwd = Path.of("").toAbsolutePath();
                if (path.startsWith(cwd)) {
                    shown = cwd.relativize(path).toString();
                }
            }
        } catch (RuntimeException e) {
            // not a path this platform can parse: show it as given
        }
        shown = shown.replace('\\', '/');
        return shown.startsWith("./") ? shown.substring(2) : shown;
    }
}
