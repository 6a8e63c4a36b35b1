package dev.startupguard.metrics;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;

/**
 * {@link Observation.Context} of one check of one subject: the subject from the start,
 * and the report once the check has run.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SchemaCheckObservationContext extends Observation.Context {

	private final Subject subject;

	private @Nullable SubjectReport report;

	/**
	 * Create a context.
	 * @param subject the subject being checked
	 */
	public SchemaCheckObservationContext(Subject subject) {
		this.subject = subject;
	}

	/**
	 * Return the subject being checked.
	 * @return the subject
	 */
	public Subject getSubject() {
		return this.subject;
	}

	/**
	 * Return the report of the check.
	 * @return the report, {@code null} until the check has returned one
	 */
	public @Nullable SubjectReport getReport() {
		return this.report;
	}

	/**
	 * Set the report of the check.
	 * @param report the report
	 */
	public void setReport(@Nullable SubjectReport report) {
		this.report = report;
	}

}
