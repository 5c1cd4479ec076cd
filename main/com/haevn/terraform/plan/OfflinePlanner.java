package com.haevn.terraform.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.terraform.TerraformFailure;
import com.haevn.terraform.TerraformRunner;
import com.haevn.validate.plan.PlanSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Plans synthesized stacks with the real terraform and no cloud access: each stack that uses only the AWS provider is
 * copied to its own work folder ({@link OfflineWorkspace}), initialized from the provider mirror through the shared
 * plugin cache, planned, and its plan JSON ({@code terraform show -json}) written next to it as {@value #PLAN_FILE}.
 * Stacks are planned in parallel, a bounded number at a time.
 */
public final class OfflinePlanner {

    public static final String PLAN_FILE = "plan.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TerraformRunner terraform;
    private final Path workRoot;
    private final int parallelism;

    /**
     * @param workRoot    where the work folders go, one per stack
     * @param parallelism how many stacks are planned at a time
     */
    public OfflinePlanner(TerraformRunner terraform, Path workRoot, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.terraform = terraform;
        this.workRoot = workRoot;
        this.parallelism = parallelism;
    }

    /**
     * Plans the named stacks of {@code outputDirectory} (a cdktf output folder).
     *
     * @param report told each result in the order of {@code stacks}, as soon as it and those before it are done
     * @return the results, in the order of {@code stacks}
     */
    public List<StackPlan> plan(Path outputDirectory, List<String> stacks, Consumer<StackPlan> report) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, stacks.size())));
        try {
            List<Future<StackPlan>> pending = new ArrayList<>();
            for (String stack : stacks) {
                pending.add(pool.submit(() -> planOne(outputDirectory, stack)));
            }
            List<StackPlan> results = new ArrayList<>();
            for (Future<StackPlan> future : pending) {
                StackPlan result = future.get();
                report.accept(result);
                results.add(result);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while planning", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("planning failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private StackPlan planOne(Path outputDirectory, String name) {
        long started = System.nanoTime();
        SynthesizedStack stack = SynthesizedStack.read(outputDirectory, name);
        if (!stack.awsOnly()) {
            String providers = stack.providers().isEmpty() ? "it declares no provider"
                    : "it uses the providers " + String.join(", ", stack.providers());
            return new StackPlan.Skipped(name, providers + " and offline plans cover stacks that use only the AWS"
                    + " provider (the only one the provider mirror holds)");
        }
        Path work = workRoot.resolve(name);
        try {
            OfflineWorkspace.prepare(stack, outputDirectory, work);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return new StackPlan.Failed(name, "preparing the offline work folder", e.getMessage(), since(started));
        }
        String step = "terraform init";
        try {
            terraform.initWithBackend(work);
            step = "terraform plan";
            String planJson = terraform.planJson(work, false);
            Path planFile = stack.directory().resolve(PLAN_FILE);
            Files.writeString(planFile, planJson, StandardCharsets.UTF_8);
            PlanSummary summary = PlanSummary.of(JSON.readTree(planJson));
            return new StackPlan.Planned(name, summary.toAdd(), summary.toChange(), summary.toDestroy(), planFile,
                    since(started));
        } catch (TerraformFailure e) {
            return new StackPlan.Failed(name, step, e.diagnostics(), since(started));
        } catch (IOException e) {
            return new StackPlan.Failed(name, "writing " + PLAN_FILE, e.getMessage(), since(started));
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
