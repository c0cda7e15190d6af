package org.lawreport.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.lawreport.core.Version;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * {@code lawreport}: validate reports and generate their renderings from the command line. Exit codes: 0 no
 * errors, 1 errors found, 2 usage error or unreadable input.
 */
@Command(name = "lawreport", mixinStandardHelpOptions = true, version = "LawReport " + Version.VERSION,
		resourceBundle = Texts.BUNDLE,
		subcommands = { ValidateCommand.class, ReviewCommand.class, GenerateCommand.class, ImportCommand.class, ServeCommand.class, WarmUpCommand.class })
public final class Main implements Runnable {

	public static final int OK = 0;
	public static final int FINDINGS = 1;
	public static final int USAGE = 2;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/** --debug, accepted before or after the command's name. */
	@CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, descriptionKey = "debug")
	void debug(boolean on) {
		Debug.enable(on);
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	public static void main(String[] args) {
		LanguageStartup.beginFor(args);
		System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
				new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
	}

	/** Runs the command line with the given streams; returns the exit code (used by tests too). */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		CommandLine cli = new CommandLine(new Main());
		cli.setOut(out);
		cli.setErr(err);
		cli.setCaseInsensitiveEnumValuesAllowed(true);
		cli.setParameterExceptionHandler((ex, a) -> {
			err.println(Texts.text("usage.error", UsageMessages.translate(ex.getMessage())));
			err.println(Texts.text("usage.seeHelp", ex.getCommandLine() == cli ? "" : ex.getCommandLine().getCommandName() + " "));
			return USAGE;
		});
		cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			err.println(Texts.text("internal.error", ex));
			Debug.explain(err, new Exception(ex));
			return USAGE;
		});
		Debug.enable(false);
		int code = cli.execute(args);
		out.flush();
		err.flush();
		return code;
	}
}
