package cn.jifending.scoring;

import java.io.PrintStream;

/** The auditor's offline recompute: scheme file + ledger export CSV -> one CSV row per member. */
public final class RecomputeCommand {

    public static final String NAME = "recompute";

    private RecomputeCommand() {
    }

    /** Runs the command and returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("recompute: not implemented yet");
        return 2;
    }
}
