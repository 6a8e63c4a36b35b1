package dev.startupguard.check;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.startupguard.drift.DriftCheck;
import dev.startupguard.drift.LiveSchemaPrefetch;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.ExpectedSchemaSource;
import dev.startupguard.schema.live.CheckDeadline;
import dev.startupguard.schema.live.ReadOnlyCatalogSession;

/**
 * The drift check of one persistence unit: reads the catalog through a
 * {@link ReadOnlyCatalogSession} on the unit's data source, runs the {@link DriftCheck}
 * on it, and times it. A check that cannot run reports a {@link FindingKind#CHECK_ERROR}
 * that says why, with any credentials the driver put in its message masked.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class PersistenceUnitCheck implements SubjectCheck {

	private final Subject subject;

	private final DataSource dataSource;

	private final ExpectedSchemaSource expected;

	private final DriftCheck drift;

	// the first run takes it; later runs read for themselves
	private final AtomicReference<@Nullable LiveSchemaPrefetch> prefetch;

	/**
	 * Create the check of a persistence unit.
	 * @param unit the unit's name
	 * @param dataSource the data source the unit's entities use
	 * @param expected what the entities expect
	 * @param drift the drift check to run
	 */
	public PersistenceUnitCheck(String unit, DataSource dataSource, ExpectedSchemaSource expected, DriftCheck drift) {
		this(unit, dataSource, expected, drift, null);
	}

	/**
	 * Create the check of a persistence unit whose first run may take the live schema
	 * from a read ahead.
	 * @param unit the unit's name
	 * @param dataSource the data source the unit's entities use
	 * @param expected what the entities expect
	 * @param drift the drift check to run
	 * @param prefetch the live schema read ahead by {@code drift} on the same data
	 * source, or {@code null}
	 */
	public PersistenceUnitCheck(String unit, DataSource dataSource, ExpectedSchemaSource expected, DriftCheck drift,
			@Nullable LiveSchemaPrefetch prefetch) {
		this.subject = Subject.persistenceUnit(unit);
		this.dataSource = dataSource;
		this.expected = expected;
		this.drift = drift;
		this.prefetch = new AtomicReference<>(prefetch);
	}

	@Override
	public Subject subject() {
		return this.subject;
	}

	@Override
	public SubjectReport run() {
		Instant start = Instant.now();
		// from before the connection is borrowed: waiting for it counts
		CheckDeadline deadline = this.drift.deadline();
		DatabaseInfo database = null;
		try (ReadOnlyCatalogSession session = ReadOnlyCatalogSession.open(this.dataSource)) {
			Connection connection = session.connection();
			database = this.drift.inspect(connection, deadline);
			DriftCheck.Drift drift = this.drift.compare(connection, database, this.expected, deadline,
					this.prefetch.getAndSet(null));
			return report(start, database, drift.schemas(), drift.findings());
		}
		catch (SQLException | RuntimeException ex) {
			Finding error = Finding.of(FindingKind.CHECK_ERROR, null, null,
					"The schema check could not run, so drift is unknown: " + CheckErrors.describe(ex), null, null);
			return report(start, database, List.of(), Findings.of(List.of(error)));
		}
	}

	private SubjectReport report(Instant start, @Nullable DatabaseInfo database, List<String> schemas,
			Findings findings) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put(SubjectReport.DATABASE_PRODUCT, (database != null) ? database.productName() : "unknown");
		details.put(SubjectReport.DATABASE_VERSION, (database != null) ? database.productVersion() : "unknown");
		details.put(SubjectReport.SCHEMAS, schemas);
		return new SubjectReport(this.subject, details, start, Duration.between(start, Instant.now()), findings,
				List.of());
	}

}
