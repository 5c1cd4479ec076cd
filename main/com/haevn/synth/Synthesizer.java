package com.haevn.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.stacks.PlatformApp;
import com.haevn.stacks.StackMatrix;
import com.haevn.stacks.StackSpec;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** Synthesizes the selected stacks of the matrix into a cdktf output directory. */
public final class Synthesizer {

    /** Told how the synth progresses, for a user watching a long run. */
    public interface Progress {
        void stackBuilt(StackSpec stack, int built, int total);

        void writing(int stacks);

        /** Reports nothing. */
        Progress SILENT = new Progress() {
            @Override
            public void stackBuilt(StackSpec stack, int built, int total) {
            }

            @Override
            public void writing(int stacks) {
            }
        };
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DependencyLock lock = DependencyLock.ofRepository();

    /**
     * Builds every selected stack, writes them to a staging directory and swaps it into {@code output} once
     * complete. On any failure the staging directory is removed and the previous output stays as it was.
     */
    public SynthResult synthesize(StackMatrix selection, OutputDirectory output, Progress progress) {
        long started = System.nanoTime();
        Path staging = output.createStaging();
        try {
            Map<String, Integer> resources = synthesizeInto(selection, staging, progress);
            output.publish(staging);
            return new SynthResult(output.target(), resources, Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException | Error e) {
            output.discard(staging);
            throw e;
        }
    }

    /**
     * Builds and writes the stacks straight into {@code directory}, each stack folder with the dependency lock:
     * what {@code cdktf synth} wants, since the cdktf CLI manages its output directory itself.
     */
    public Map<String, Integer> synthesizeInto(StackMatrix selection, Path directory, Progress progress) {
        App app = new App(AppConfig.builder().outdir(directory.toString()).stackTraces(false).build());
        int total = selection.stacks().size();
        PlatformApp.addStacks(app, selection, (stack, built) -> progress.stackBuilt(stack, built, total));
        progress.writing(total);
        app.synth();
        Map<String, Integer> resources = new TreeMap<>();
        for (StackSpec stack : selection.stacks()) {
            Path stackDirectory = directory.resolve("stacks").resolve(stack.name());
            lock.copyInto(stackDirectory);
            resources.put(stack.name(), countResources(stackDirectory.resolve("cdk.tf.json")));
        }
        return resources;
    }

    static int countResources(Path stackFile) {
        try {
            JsonNode resourceBlock = JSON.readTree(stackFile.toFile()).path("resource");
            int count = 0;
            for (Iterator<JsonNode> types = resourceBlock.elements(); types.hasNext(); ) {
                count += types.next().size();
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synthesized stack " + stackFile, e);
        }
    }
}
