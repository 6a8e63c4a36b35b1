package dev.startupguard.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Severity;

/**
 * Ends a start in check mode once the context is refreshed, which is when every subject's
 * check has run, and before the application's runners: writes the report and exits with
 * its verdict.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class CheckModeExit implements ApplicationListener<ApplicationStartedEvent> {

	private final LatestReport latest;

	private final Severity failSeverity;

	private final CheckModeReport.Format format;

	private final @Nullable Path output;

	private final IntConsumer exit;

	/**
	 * Create the listener that exits the JVM.
	 * @param latest the report of every subject
	 * @param failSeverity the severity from which a finding fails the check
	 * @param format the format to write
	 * @param output the file to write to, {@code null} for standard output
	 */
	public CheckModeExit(LatestReport latest, Severity failSeverity, CheckModeReport.Format format,
			@Nullable Path output) {
		this(latest, failSeverity, format, output, System::exit);
	}

	CheckModeExit(LatestReport latest, Severity failSeverity, CheckModeReport.Format format, @Nullable Path output,
			IntConsumer exit) {
		this.latest = latest;
		this.failSeverity = failSeverity;
		this.format = format;
		this.output = output;
		this.exit = exit;
	}

	@Override
	public void onApplicationEvent(ApplicationStartedEvent event) {
		CheckModeReport report = new CheckModeReport(this.latest.get(), this.failSeverity);
		write(report.render(this.format));
		int code = report.exitCode();
		this.exit.accept(SpringApplication.exit(event.getApplicationContext(), () -> code));
	}

	private void write(String text) {
		if (this.output == null) {
			System.out.print(text);
			System.out.flush();
			return;
		}
		try {
			Path parent = this.output.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(this.output, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Startup Guard could not write its report to " + this.output, ex);
		}
	}

}
