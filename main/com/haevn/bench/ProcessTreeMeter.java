package com.haevn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs a command and reports its wall time and the peak resident memory of its whole process tree (the command
 * and every process it starts, e.g. a JVM and its node jsii runtime), sampled from /proc every 10 ms. Linux only.
 *
 * <pre>java -cp CLASSPATH com.haevn.bench.ProcessTreeMeter COMMAND [ARG...]</pre>
 *
 * Prints one line to stderr: {@code wall_ms=<n> peak_rss_mib=<n> exit=<n>}; the command's own output passes
 * through. Exits with the command's exit code.
 */
public final class ProcessTreeMeter {

    private static final long SAMPLE_INTERVAL_MS = 10;

    private ProcessTreeMeter() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 0) {
            System.err.println("usage: ProcessTreeMeter COMMAND [ARG...]");
            System.exit(2);
        }
        long started = System.nanoTime();
        Process process = new ProcessBuilder(List.of(args)).inheritIO().start();
        long peakKib = 0;
        while (process.isAlive()) {
            peakKib = Math.max(peakKib, treeRssKib(process.toHandle()));
            Thread.sleep(SAMPLE_INTERVAL_MS);
        }
        int exit = process.waitFor();
        long wallMs = (System.nanoTime() - started) / 1_000_000;
        System.err.printf("wall_ms=%d peak_rss_mib=%d exit=%d%n", wallMs, peakKib / 1024, exit);
        System.exit(exit);
    }

    private static long treeRssKib(ProcessHandle root) {
        try (Stream<ProcessHandle> descendants = root.descendants()) {
            return rssKib(root.pid()) + descendants.mapToLong(p -> rssKib(p.pid())).sum();
        }
    }

    /** VmRSS of one process, 0 when it has already gone. */
    private static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading: it holds no memory any more
        }
        return 0;
    }
}
