package dev.startupguard.endpoint;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.util.Assert;

import dev.startupguard.report.CheckOutcome;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.FixRisk;
import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Severity;
import dev.startupguard.report.SuppressedFinding;
import dev.startupguard.startup.SchemaDriftChecks;

/**
 * {@link Endpoint @Endpoint} that exposes the latest schema check of every persistence
 * unit, every finding included, and checks them again on request.
 * <p>
 * Reading never queries the database. The write operation does: it runs the checks again,
 * now, replaces the latest reports with the new ones and returns them.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@Endpoint(id = "schemadrift")
public class SchemaDriftEndpoint {

	private final SchemaDriftChecks checks;

	/**
	 * Create an endpoint.
	 * @param checks the checks to report and run again
	 */
	public SchemaDriftEndpoint(SchemaDriftChecks checks) {
		Assert.notNull(checks, "'checks' must not be null");
		this.checks = checks;
	}

	/**
	 * Return the latest report of every persistence unit.
	 * @return the reports
	 */
	@ReadOperation
	public SchemaDriftDescriptor schemaDrift() {
		return new SchemaDriftDescriptor(this.checks.reports());
	}

	/**
	 * Return the latest report of one persistence unit.
	 * @param unit the name of the persistence unit
	 * @return the report, or {@code null} when no unit has that name
	 */
	@ReadOperation
	public @Nullable PersistenceUnitDescriptor persistenceUnit(@Selector String unit) {
		GuardReport report = this.checks.reports().get(unit);
		return (report != null) ? new PersistenceUnitDescriptor(report) : null;
	}

	/**
	 * Check every persistence unit again, now.
	 * @return the new reports
	 */
	@WriteOperation
	public SchemaDriftDescriptor recheck() {
		return new SchemaDriftDescriptor(this.checks.recheck());
	}

	/**
	 * Description of the latest checks of an application's persistence units.
	 */
	public static final class SchemaDriftDescriptor implements OperationResponseBody {

		private final Map<String, PersistenceUnitDescriptor> persistenceUnits;

		SchemaDriftDescriptor(Map<String, GuardReport> reports) {
			Map<String, PersistenceUnitDescriptor> units = new LinkedHashMap<>();
			reports.forEach((name, report) -> units.put(name, new PersistenceUnitDescriptor(report)));
			this.persistenceUnits = units;
		}

		public Map<String, PersistenceUnitDescriptor> getPersistenceUnits() {
			return this.persistenceUnits;
		}

	}

	/**
	 * Description of the latest check of one persistence unit.
	 */
	public static final class PersistenceUnitDescriptor implements OperationResponseBody {

		private final CheckOutcome outcome;

		private final String databaseProduct;

		private final String databaseVersion;

		private final List<String> schemas;

		private final Instant checkedAt;

		private final long durationMillis;

		private final List<FindingDescriptor> findings;

		private final List<SuppressedFindingDescriptor> suppressed;

		PersistenceUnitDescriptor(GuardReport report) {
			this.outcome = CheckOutcome.of(report);
			this.databaseProduct = report.databaseProduct();
			this.databaseVersion = report.databaseVersion();
			this.schemas = report.schemas();
			this.checkedAt = report.checkedAt();
			this.durationMillis = report.duration().toMillis();
			this.findings = report.findings().stream().map(FindingDescriptor::new).toList();
			this.suppressed = report.suppressed().stream().map(SuppressedFindingDescriptor::new).toList();
		}

		/**
		 * Return what the check came to: {@code clean}, {@code drift} or {@code error}.
		 * @return the outcome
		 */
		public String getOutcome() {
			return this.outcome.value();
		}

		public String getDatabaseProduct() {
			return this.databaseProduct;
		}

		public String getDatabaseVersion() {
			return this.databaseVersion;
		}

		public List<String> getSchemas() {
			return this.schemas;
		}

		public Instant getCheckedAt() {
			return this.checkedAt;
		}

		public long getDurationMillis() {
			return this.durationMillis;
		}

		public List<FindingDescriptor> getFindings() {
			return this.findings;
		}

		public List<SuppressedFindingDescriptor> getSuppressed() {
			return this.suppressed;
		}

	}

	/**
	 * Description of a finding.
	 */
	public static class FindingDescriptor {

		private final Severity severity;

		private final FindingKind kind;

		private final @Nullable String table;

		private final @Nullable String column;

		private final String message;

		private final @Nullable String fix;

		private final @Nullable FixRisk fixRisk;

		FindingDescriptor(Finding finding) {
			this.severity = finding.severity();
			this.kind = finding.kind();
			this.table = finding.table();
			this.column = finding.column();
			this.message = finding.message();
			this.fix = finding.fix();
			this.fixRisk = finding.fixRisk();
		}

		public Severity getSeverity() {
			return this.severity;
		}

		public FindingKind getKind() {
			return this.kind;
		}

		public @Nullable String getTable() {
			return this.table;
		}

		public @Nullable String getColumn() {
			return this.column;
		}

		public String getMessage() {
			return this.message;
		}

		public @Nullable String getFix() {
			return this.fix;
		}

		public @Nullable FixRisk getFixRisk() {
			return this.fixRisk;
		}

	}

	/**
	 * Description of a finding the application chose to live with.
	 */
	public static final class SuppressedFindingDescriptor extends FindingDescriptor {

		private final @Nullable String reason;

		SuppressedFindingDescriptor(SuppressedFinding suppressed) {
			super(suppressed.finding());
			this.reason = suppressed.reason();
		}

		public @Nullable String getReason() {
			return this.reason;
		}

	}

}
