package dev.parley.bootstrap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command: {@code token create}, {@code keys ...} and {@code audit verify}. Exit codes: 0 ok, 1 refused, 2 usage. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = "Parley's command line.",
        subcommands = {TokenCommand.class, KeysCommand.class, AuditCommand.class})
public final class ParleyCli implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to {@code out} and {@code err} (for tests) and returns its exit code. */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ParleyCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("parley: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }
}
