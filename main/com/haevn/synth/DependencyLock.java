package com.haevn.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Terraform's dependency lock, committed once as {@value #FILE_NAME} at the repository root and copied by synth into
 * every stack folder, so that {@code terraform init} (and cdktf plan/deploy) in a stack folder installs exactly the
 * locked AWS provider release and checks it against the recorded checksums.
 */
public final class DependencyLock {

    public static final String FILE_NAME = ".terraform.lock.hcl";

    private final Path source;

    /** The lock file of the project in the working directory (the repository root, where haevn and cdktf run). */
    public static DependencyLock ofRepository() {
        return new DependencyLock(Path.of(FILE_NAME));
    }

    private DependencyLock(Path source) {
        this.source = source;
    }

    /** Copies the lock file into {@code stackDirectory}, byte for byte. */
    void copyInto(Path stackDirectory) {
        if (!Files.isRegularFile(source)) {
            throw new IllegalStateException("the terraform dependency lock " + source.toAbsolutePath()
                    + " is missing: run haevn from the repository root, or regenerate the file as docs/plan.md"
                    + " describes");
        }
        try {
            Files.copy(source, stackDirectory.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " into " + stackDirectory, e);
        }
    }
}
