package com.haevn.planreport.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.cli.HaevnCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The Java side of {@code bench/plan-report}:
 * <ul>
 *   <li>{@code generate COUNT REGION FILE}: write a {@link GeneratedPlan} of COUNT resource changes;</li>
 *   <li>{@code report FILE...}: run {@code haevn plan-report FILE...} once and print its time since the JVM
 *       started, the report's size and the detail it kept.</li>
 * </ul>
 */
public final class PlanReportBench {

    private PlanReportBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 4 && args[0].equals("generate")) {
            Files.writeString(Path.of(args[3]), new ObjectMapper()
                    .writeValueAsString(GeneratedPlan.of(Integer.parseInt(args[1]), args[2])));
            return;
        }
        if (args.length >= 2 && args[0].equals("report")) {
            String[] command = new String[args.length];
            command[0] = "plan-report";
            System.arraycopy(args, 1, command, 1, args.length - 1);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            var cli = HaevnCommand.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(command);
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            String text = out.toString();
            String kept = text.contains("#### Left out of this comment") ? "detail folded" : "full detail";
            System.out.printf("plan-report: exit %d, %,d characters (%s), JVM start to report %d ms%s%n", code,
                    text.length(), kept, Duration.between(started, Instant.now()).toMillis(),
                    err.toString().isBlank() ? "" : "; stderr: " + err.toString().strip());
            return;
        }
        System.err.println("usage: PlanReportBench generate COUNT REGION FILE | report FILE...");
        System.exit(2);
    }
}
