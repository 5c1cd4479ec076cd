package com.haevn.planreport;

import com.haevn.cli.HaevnCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** {@code haevn plan-report ARGS} run in-process: exit code, stdout, stderr. */
record PlanReportRun(int exitCode, String stdout, String stderr) {

    static PlanReportRun of(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = HaevnCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[arguments.length + 1];
        all[0] = "plan-report";
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        int code = commandLine.execute(all);
        return new PlanReportRun(code, out.toString(), err.toString());
    }
}
