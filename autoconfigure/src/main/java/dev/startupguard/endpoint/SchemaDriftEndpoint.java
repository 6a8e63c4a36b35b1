package dev.startupguard.endpoint;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.util.Assert;

import dev.startupguard.report.GuardReport;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.ReportDescriptions;
import dev.startupguard.report.Recheck;
import dev.startupguard.report.SubjectReport;

/**
 * {@link Endpoint @Endpoint} that exposes the latest report of every checked subject,
 * every finding included, and checks them again on request.
 * <p>
 * The body groups the subjects by kind ({@code persistenceUnits}, {@code migrationTools},
 * {@code applicationSettings}), each by name. A subject gives its {@code outcome}, what
 * it was checked against (such as {@code databaseProduct}), {@code checkedAt},
 * {@code durationMillis}, its {@code findings} and its {@code suppressed} findings with
 * the reason each is muted.
 * <p>
 * Reading never queries the database. The write operation does: it runs the checks again,
 * now, replaces the latest report with the new one and returns it.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@Endpoint(id = "schemadrift")
public class SchemaDriftEndpoint {

	private final LatestReport latest;

	private final Recheck recheck;

	/**
	 * Create an endpoint.
	 * @param latest the latest report
	 * @param recheck what runs the checks again
	 */
	public SchemaDriftEndpoint(LatestReport latest, Recheck recheck) {
		Assert.notNull(latest, "'latest' must not be null");
		Assert.notNull(recheck, "'recheck' must not be null");
		this.latest = latest;
		this.recheck = recheck;
	}

	/**
	 * Return the latest report of every subject.
	 * @return the report
	 */
	@ReadOperation
	public Map<String, Object> schemaDrift() {
		return describe(this.latest.get());
	}

	/**
	 * Return the latest report of one subject.
	 * @param name the name of the subject, such as the persistence unit's
	 * @return the report, or {@code null} when no subject has that name
	 */
	@ReadOperation
	public @Nullable Map<String, Object> subject(@Selector String name) {
		return this.latest.get()
			.subjects()
			.stream()
			.filter((report) -> report.name().equals(name))
			.findFirst()
			.map(SchemaDriftEndpoint::describe)
			.map(OperationResponseBody::of)
			.orElse(null);
	}

	/**
	 * Check every subject again, now.
	 * @return the new report
	 */
	@WriteOperation
	public Map<String, Object> recheck() {
		return describe(this.recheck.recheck());
	}

	private static Map<String, Object> describe(GuardReport report) {
		return OperationResponseBody.of(ReportDescriptions.describe(report));
	}

	private static Map<String, Object> describe(SubjectReport report) {
		return ReportDescriptions.describe(report);
	}

}
