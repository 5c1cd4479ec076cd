package com.haevn.validate.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the files to validate under the paths a user named. A named file is always taken; a directory is walked
 * for {@code *.tf.json} files (which includes {@code cdk.tf.json}) and other {@code *.json} files, the latter being
 * kept only if they turn out to be plan JSON. Hidden directories ({@code .terraform}) and {@code node_modules} are
 * skipped: they hold downloaded code, not the user's configuration.
 */
public final class InputFiles {

    /** One file found, and whether it was named directly or found by walking a directory. */
    public record Candidate(Path path, boolean named) {
        public boolean terraformJson() {
            return path.getFileName().toString().endsWith(".tf.json");
        }
    }

    private InputFiles() {
    }

    /** The candidates under {@code paths}, in a stable order (directory contents sorted by path). */
    public static List<Candidate> find(List<Path> paths) {
        List<Candidate> candidates = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                candidates.addAll(walk(path));
            } else {
                candidates.add(new Candidate(path, true));
            }
        }
        return candidates;
    }

    private static List<Candidate> walk(Path directory) {
        List<Candidate> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(directory) && (name.startsWith(".") || name.equals("node_modules"));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".json")) {
                        found.add(new Candidate(file, false));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        return found;
    }
}
