package com.haevn.github;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external command (node, bash) from a test and captures its exit code and output.
 * Output goes through temporary files so that a chatty command cannot block on a full pipe.
 */
record CommandRun(int exitCode, String stdout, String stderr) {

    static CommandRun run(Path workingDirectory, Map<String, String> environment, Duration timeout, List<String> command) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("haevn-cmd", ".out");
            err = Files.createTempFile("haevn-cmd", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Command timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command));
            }
            return new CommandRun(process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** True when {@code command} can be started and exits 0 (used to probe for node, bash, jq). */
    static boolean works(List<String> command) {
        try {
            return run(Path.of("."), Map.of(), Duration.ofSeconds(30), command).exitCode() == 0;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    String output() {
        return stdout + stderr;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temp file is harmless
        }
    }
}
