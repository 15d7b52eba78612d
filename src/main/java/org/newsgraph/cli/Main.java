package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code newsgraph} command line: {@code build}, {@code serve}, {@code query}, {@code export}
 * and {@code validate}. In: arguments; out: results on stdout, problems on stderr (one line each,
 * never a stack trace) and an exit code from {@link ExitCodes}.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns AI-industry news articles into a knowledge graph and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                       ValidateCommand.class, RemoveCommand.class, EvalCommand.class, BenchCommand.class,
                       HelpCommand.class})
public final class Main implements Runnable {
    private final PrintStream out;
    private final PrintStream err;

    @Spec
    private CommandSpec spec;

    /** A command line writing to the process's stdout and stderr (as UTF-8). */
    public Main() {
        this(utf8(FileDescriptor.out), utf8(FileDescriptor.err));
    }

    /** A command line writing results to {@code out} and problems to {@code err}. */
    public Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(commandLine(new Main()).execute(args));
    }

    /**
     * A picocli command line over {@code main}: usage errors exit 2, and any error while a command
     * runs is one line on {@code main}'s stderr with exit code 1.
     */
    public static CommandLine commandLine(Main main) {
        CommandLine commandLine = new CommandLine(main);
        commandLine.setOut(new PrintWriter(main.out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(main.err, true, StandardCharsets.UTF_8));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new OneLineErrors());
        return commandLine;
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** Where command results go. */
    PrintStream out() {
        return out;
    }

    /** Where problems and progress lines go. */
    PrintStream err() {
        return err;
    }

    private static PrintStream utf8(FileDescriptor descriptor) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(descriptor)), true,
                StandardCharsets.UTF_8);
    }

    /** Our own one-line messages are the only output: silence SLF4J's "no provider" notice. */
    private static void quietLibraryLogging() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }
}
