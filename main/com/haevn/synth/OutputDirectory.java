package com.haevn.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a new output directory beside the current one and swaps it in only once it is complete, so a synth that
 * fails half-way leaves the previous output untouched. The swap is two renames within one parent directory: the
 * target holds either the old or the new tree, never a partial one (between the two renames it briefly does not
 * exist).
 */
public final class OutputDirectory {

    private final Path target;

    public OutputDirectory(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    public Path target() {
        return target;
    }

    /** A fresh, empty staging directory next to the target (same file system, so the swap is a rename). */
    public Path createStaging() {
        try {
            Files.createDirectories(target.getParent());
            return Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".staging-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging directory next to " + target, e);
        }
    }

    /** Replaces the target with the complete staging directory. */
    public void publish(Path staging) {
        try {
            Path previous = null;
            if (Files.exists(target)) {
                previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
                Files.delete(previous);
                move(target, previous);
            }
            move(staging, target);
            if (previous != null) {
                deleteRecursively(previous);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new output into " + target, e);
        }
    }

    /** Removes a staging directory after a failed synth; the target is not touched. */
    public void discard(Path staging) {
        try {
            deleteRecursively(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging directory " + staging, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
