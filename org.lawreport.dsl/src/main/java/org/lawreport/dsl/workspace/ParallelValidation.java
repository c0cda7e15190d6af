package org.lawreport.dsl.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import org.lawreport.core.io.SourceText;
import org.lawreport.dsl.profile.ProfileChoice;
import org.lawreport.dsl.profile.ProfileException;
import org.lawreport.dsl.validation.Messages;

import com.google.inject.Injector;

/**
 * Validates many report files on all cores while keeping memory flat: each thread has its own workspace (the
 * templates and the profile loaded once), each report is summarised on the thread that validated it while its
 * model is loaded, then released; only a bounded window of summaries waits to be delivered, in input order.
 */
public final class ParallelValidation implements AutoCloseable {

	/** What became of one file: a summary, or why it could not be read. */
	public record Result<R>(Path file, R summary, String failure, int line, int column) {
		public boolean failed() {
			return failure != null;
		}
	}

	private final Injector injector;
	private final List<Path> templateFiles;
	private final ProfileChoice profile;
	private final int threads;
	private final ExecutorService pool;
	private final ThreadLocal<ReportWorkspace> workspaces;
	private final String profileName;
	private final ConcurrentLinkedQueue<ReportWorkspace> spare = new ConcurrentLinkedQueue<>();

	/**
	 * @param profile the profile every report is checked against, or {@code null}; it is applied once here first,
	 *                so that a profile that cannot be applied fails before any report is validated
	 */
	public ParallelValidation(Injector injector, List<Path> templateFiles, ProfileChoice profile, int threads)
			throws ProfileException {
		this.injector = injector;
		this.templateFiles = List.copyOf(templateFiles);
		this.profile = profile;
		this.threads = Math.max(1, threads);
		ReportWorkspace first = newWorkspace();
		this.profileName = first.profile() == null ? null : first.profile().getName();
		spare.add(first); // the first thread takes it over: a single report loads the templates once
		this.pool = Executors.newFixedThreadPool(this.threads, runnable -> {
			Thread t = new Thread(runnable, "lawreport-validate");
			t.setDaemon(true);
			return t;
		});
		this.workspaces = ThreadLocal.withInitial(() -> {
			ReportWorkspace ready = spare.poll();
			if (ready != null) {
				return ready;
			}
			try {
				return newWorkspace();
			} catch (ProfileException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** The name the applied profile's template has, or {@code null} when there is no profile. */
	public String profileName() {
		return profileName;
	}

	private ReportWorkspace newWorkspace() throws ProfileException {
		ReportWorkspace workspace = new ReportWorkspace(injector);
		workspace.loadTemplates(templateFiles);
		if (profile != null) {
			workspace.applyProfile(profile);
		}
		return workspace;
	}

	/**
	 * Validates {@code files}; {@code summarise} runs on the validating thread while the report is loaded, and
	 * {@code deliver} receives the results on the calling thread, in the order of {@code files}.
	 */
	public <R> void run(List<Path> files, Function<ReportWorkspace.Outcome, R> summarise, Consumer<Result<R>> deliver)
			throws InterruptedException {
		int window = threads * 16;
		ArrayDeque<Future<Result<R>>> pending = new ArrayDeque<>();
		int next = 0;
		while (next < files.size() || !pending.isEmpty()) {
			while (next < files.size() && pending.size() < window) {
				Path file = files.get(next++);
				pending.add(pool.submit(() -> validateOne(file, summarise)));
			}
			Future<Result<R>> head = pending.poll();
			try {
				deliver.accept(head.get());
			} catch (ExecutionException e) {
				Throwable cause = e.getCause();
				if (cause instanceof RuntimeException r) {
					throw r;
				}
				throw new IllegalStateException(cause);
			}
		}
	}

	private <R> Result<R> validateOne(Path file, Function<ReportWorkspace.Outcome, R> summarise) {
		ReportWorkspace workspace = workspaces.get();
		try {
			ReportWorkspace.Outcome outcome = workspace.validate(file);
			try {
				return new Result<>(file, summarise.apply(outcome), null, 0, 0);
			} finally {
				workspace.release(outcome);
			}
		} catch (SourceText.UnreadableException e) {
			return new Result<>(file, null, e.getMessage(), e.line(), e.column());
		} catch (IOException e) {
			return new Result<>(file, null, Messages.text("file.unreadable", e.getMessage()), 0, 0);
		}
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}
}
