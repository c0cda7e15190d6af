package org.lawreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.lawreport.workbench.Workbench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lawreport serve FOLDER}: the browser workbench over a folder of reports, on 127.0.0.1 unless {@code --host}
 * says otherwise (and then it says that anyone on the network can edit). Runs until stopped (Ctrl+C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, resourceBundle = Texts.BUNDLE)
final class ServeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", descriptionKey = "serve.port")
	int port;

	@Option(names = "--host", defaultValue = Workbench.LOOPBACK, paramLabel = "HOST", descriptionKey = "serve.host")
	String host;

	@Parameters(arity = "1", paramLabel = "FOLDER", descriptionKey = "serve.folder")
	Path folder;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isDirectory(folder)) {
			err.println(Texts.text("serve.notAFolder", folder));
			err.flush();
			return Main.USAGE;
		}
		if (port < 0 || port > 65535) {
			err.println(Texts.text("serve.badPort", port));
			err.flush();
			return Main.USAGE;
		}
		Workbench workbench;
		try {
			workbench = Workbench.start(folder, host, port);
		} catch (IOException e) {
			boolean inUse = e instanceof BindException || e.getCause() instanceof BindException;
			err.println(inUse ? Texts.text("serve.portInUse", host, port) : Texts.text("serve.cannotStart", host, port));
			err.flush();
			return Main.USAGE;
		}
		out.println(Texts.text("serve.started", folder.toAbsolutePath().normalize(), workbench.address()));
		if (!Workbench.isLoopback(host)) {
			out.println(Texts.text("serve.openToNetwork", host));
		}
		out.flush();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				workbench.close();
			} catch (Exception e) {
				// stopping anyway
			}
		}, "lawreport-serve-stop"));
		workbench.join();
		return Main.OK;
	}
}
