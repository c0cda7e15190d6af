package org.lawreport.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal for long runs (me.tongfei progressbar), and nothing at all in CI or when the
 * error stream is not a terminal. Whether it is a terminal is told by the {@code lawreport} launcher
 * ({@code -Dlawreport.tty.err=true}), which can test it; Java cannot.
 */
interface Progress extends AutoCloseable {

	/** Runs smaller than this finish before a bar would help. */
	int THRESHOLD = 200;

	void step();

	@Override
	void close();

	/**
	 * @param outputOnTerminal whether the command also writes its results to the terminal while it runs (then a
	 *                         bar would be torn apart by them, so there is none)
	 */
	static Progress start(String task, int total, boolean outputOnTerminal) {
		boolean terminal = Boolean.getBoolean("lawreport.tty.err");
		boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank() && !"false".equals(System.getenv("CI"));
		if (!terminal || ci || outputOnTerminal || total < THRESHOLD) {
			return new Progress() {
				@Override
				public void step() {
				}

				@Override
				public void close() {
				}
			};
		}
		ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(Texts.text("progress.unit"), 1)
				.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200).showSpeed()
				.setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
		return new Progress() {
			@Override
			public void step() {
				bar.step();
			}

			@Override
			public void close() {
				bar.close();
			}
		};
	}

	/** Whether standard output is a terminal, as the launcher tells. */
	static boolean outputOnTerminal() {
		return Boolean.getBoolean("lawreport.tty.out");
	}
}
