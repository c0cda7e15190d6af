package org.lawreport.cli;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.xtext.IGrammarAccess;
import org.lawreport.dsl.LawReportStandaloneSetup;

import com.google.inject.Injector;

/**
 * The language (EMF registration, the Guice injector, the grammar) started on a second thread while the main
 * thread parses the command line and collects the files, so that a short run does both at once. Every command
 * takes the one injector from here.
 */
final class LanguageStartup {

	/** The commands that need the language. */
	private static final Set<String> COMMANDS = Set.of("validate", "review", "generate", "import", "warm-up");

	private static CompletableFuture<Injector> started;

	private LanguageStartup() {
	}

	/** Starts the language early when the first argument names a command that needs it (and no help is asked). */
	static void beginFor(String... args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			for (String arg : args) {
				if (arg.equals("--help") || arg.equals("-h")) {
					return;
				}
			}
			begin();
		}
	}

	private static synchronized CompletableFuture<Injector> begin() {
		if (started == null) {
			CompletableFuture<Injector> future = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				try {
					Injector injector = new LawReportStandaloneSetup().createInjectorAndDoEMFRegistration();
					injector.getInstance(IGrammarAccess.class).getGrammar(); // reads the serialized grammar
					future.complete(injector);
				} catch (Throwable t) {
					future.completeExceptionally(t);
				}
			}, "lawreport-startup");
			thread.setDaemon(true);
			thread.start();
			started = future;
		}
		return started;
	}

	/** The language's injector, waiting for the start if it is still under way. */
	static Injector injector() {
		try {
			return begin().join();
		} catch (CompletionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(cause);
		}
	}
}
