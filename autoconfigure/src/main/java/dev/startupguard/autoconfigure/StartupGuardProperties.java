package dev.startupguard.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import dev.startupguard.report.DriftAction;
import dev.startupguard.startup.CheckModeReport;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.NamePattern;
import dev.startupguard.report.Severity;

/**
 * Configuration properties of Startup Guard. They validate themselves (Spring Boot uses a
 * {@link Validator} properties object on itself, with or without Bean Validation), so
 * that a value the guard cannot use fails the start with a failure analysis that names
 * the property, its value and what it accepts.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@ConfigurationProperties("startup-guard")
public class StartupGuardProperties implements Validator {

	/**
	 * Whether to check the schema and the production policy at every start.
	 */
	private boolean enabled = true;

	/**
	 * Profiles any of which, when active, mean the application runs in production.
	 */
	private List<String> productionProfiles = new ArrayList<>(List.of("prod", "production"));

	/**
	 * Whether the application runs in production, overriding the detection by profiles.
	 */
	private @Nullable Boolean production;

	/**
	 * What findings at or above the failing severity do to the start. Defaults to 'fail'
	 * in production and 'warn' elsewhere.
	 */
	private @Nullable DriftAction onDrift;

	/**
	 * Lowest severity of a finding that refuses the start when on-drift is 'fail'.
	 */
	private Severity failSeverity = Severity.ERROR;

	/**
	 * What a check that could not run does to the start.
	 */
	private DriftAction onCheckError = DriftAction.WARN;

	/**
	 * Whether to let the application start in production with settings that change the
	 * schema, such as 'spring.jpa.hibernate.ddl-auto=update'. Logs a warning at every
	 * start when used.
	 */
	private boolean allowSchemaMutationInProduction;

	/**
	 * Schemas to check besides the connection's default schema and those the entities
	 * name.
	 */
	private List<String> schemas = new ArrayList<>();

	/**
	 * Patterns of tables to leave out of the check, matched case-insensitively against
	 * the table name and 'schema.table'; '*' stands for any characters. The migration
	 * tools' own tables are always left out.
	 */
	private List<String> ignoreTables = new ArrayList<>();

	/**
	 * Maximum time the check of one persistence unit may take, from borrowing a
	 * connection to the last catalog query; the start waits no longer for it.
	 */
	private Duration checkTimeout = Duration.ofSeconds(10);

	/**
	 * Interval between checks in the background after the start. Not set means the schema
	 * is checked at startup only.
	 */
	private @Nullable Duration recheckInterval;

	/**
	 * Severity per finding kind, overriding the kind's default severity.
	 */
	private Map<FindingKind, Severity> severity = new LinkedHashMap<>();

	/**
	 * Findings to mute: they stay in the report, marked as suppressed, but neither fail
	 * the start nor count as drift.
	 */
	private List<Suppression> suppress = new ArrayList<>();

	private final Migrations migrations = new Migrations();

	/**
	 * How the application runs: 'startup' checks at every start and goes on; 'check' runs
	 * the policy, migration and drift checks against the configured database, writes the
	 * report and exits (0 when nothing is at or above 'fail-severity', 1 otherwise),
	 * without running migrations, the web server or runners.
	 */
	private Mode mode = Mode.STARTUP;

	private final Check check = new Check();

	private final Snapshot snapshot = new Snapshot();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<String> getProductionProfiles() {
		return this.productionProfiles;
	}

	public void setProductionProfiles(List<String> productionProfiles) {
		this.productionProfiles = productionProfiles;
	}

	public @Nullable Boolean getProduction() {
		return this.production;
	}

	public void setProduction(@Nullable Boolean production) {
		this.production = production;
	}

	public @Nullable DriftAction getOnDrift() {
		return this.onDrift;
	}

	public void setOnDrift(@Nullable DriftAction onDrift) {
		this.onDrift = onDrift;
	}

	public Severity getFailSeverity() {
		return this.failSeverity;
	}

	public void setFailSeverity(Severity failSeverity) {
		this.failSeverity = failSeverity;
	}

	public DriftAction getOnCheckError() {
		return this.onCheckError;
	}

	public void setOnCheckError(DriftAction onCheckError) {
		this.onCheckError = onCheckError;
	}

	public boolean isAllowSchemaMutationInProduction() {
		return this.allowSchemaMutationInProduction;
	}

	public void setAllowSchemaMutationInProduction(boolean allowSchemaMutationInProduction) {
		this.allowSchemaMutationInProduction = allowSchemaMutationInProduction;
	}

	public List<String> getSchemas() {
		return this.schemas;
	}

	public void setSchemas(List<String> schemas) {
		this.schemas = schemas;
	}

	public List<String> getIgnoreTables() {
		return this.ignoreTables;
	}

	public void setIgnoreTables(List<String> ignoreTables) {
		this.ignoreTables = ignoreTables;
	}

	public Duration getCheckTimeout() {
		return this.checkTimeout;
	}

	public void setCheckTimeout(Duration checkTimeout) {
		this.checkTimeout = checkTimeout;
	}

	public @Nullable Duration getRecheckInterval() {
		return this.recheckInterval;
	}

	public void setRecheckInterval(@Nullable Duration recheckInterval) {
		this.recheckInterval = recheckInterval;
	}

	public Map<FindingKind, Severity> getSeverity() {
		return this.severity;
	}

	public void setSeverity(Map<FindingKind, Severity> severity) {
		this.severity = severity;
	}

	public List<Suppression> getSuppress() {
		return this.suppress;
	}

	public void setSuppress(List<Suppression> suppress) {
		this.suppress = suppress;
	}

	public Migrations getMigrations() {
		return this.migrations;
	}

	public Mode getMode() {
		return this.mode;
	}

	public void setMode(Mode mode) {
		this.mode = mode;
	}

	public Check getCheck() {
		return this.check;
	}

	public Snapshot getSnapshot() {
		return this.snapshot;
	}

	@Override
	public boolean supports(Class<?> type) {
		return StartupGuardProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		StartupGuardProperties properties = (StartupGuardProperties) target;
		if (properties.getCheckTimeout().isNegative() || properties.getCheckTimeout().isZero()) {
			errors.rejectValue("checkTimeout", "positive",
					"must be longer than zero, such as 10s (a number without a unit means milliseconds):"
							+ " it bounds each check and the start's wait for it");
		}
		Duration interval = properties.getRecheckInterval();
		if (interval != null && (interval.isNegative() || interval.isZero())) {
			errors.rejectValue("recheckInterval", "positive",
					"must be longer than zero, such as 5m, or left unset to check at startup only");
		}
		for (int i = 0; i < properties.getIgnoreTables().size(); i++) {
			rejectInvalidPattern(errors, "ignoreTables[" + i + "]", properties.getIgnoreTables().get(i));
		}
		for (int i = 0; i < properties.getSchemas().size(); i++) {
			if (properties.getSchemas().get(i).isBlank()) {
				errors.rejectValue("schemas[" + i + "]", "blank", "must name a schema, such as 'audit'");
			}
		}
		for (int i = 0; i < properties.getSuppress().size(); i++) {
			Suppression suppression = properties.getSuppress().get(i);
			String path = "suppress[" + i + "]";
			if (suppression.getKind() == null && suppression.getTable() == null && suppression.getColumn() == null) {
				errors.rejectValue(path, "unbounded",
						"mutes every finding: give it a 'kind' (such as missing-foreign-key), a 'table' pattern or"
								+ " a 'column' pattern, or set startup-guard.on-drift=ignore to mute them all");
			}
			rejectInvalidPattern(errors, path + ".table", suppression.getTable());
			rejectInvalidPattern(errors, path + ".column", suppression.getColumn());
		}
	}

	private static void rejectInvalidPattern(Errors errors, String field, @Nullable String pattern) {
		if (pattern != null) {
			try {
				NamePattern.of(pattern);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue(field, "pattern", String.valueOf(ex.getMessage()));
			}
		}
	}

	/**
	 * How the application runs.
	 */
	public enum Mode {

		/**
		 * Check at every start, and go on as the policy decides.
		 */
		STARTUP,

		/**
		 * Check, write the report and exit.
		 */
		CHECK

	}

	/**
	 * What check mode writes, and where.
	 */
	public static class Check {

		/**
		 * Format of the report check mode writes: 'text' for a person, 'json' (the
		 * schemadrift endpoint's shape with the verdict), or 'markdown'.
		 */
		private CheckModeReport.Format format = CheckModeReport.Format.TEXT;

		/**
		 * File check mode writes the report to, instead of standard output.
		 */
		private @Nullable Path output;

		public CheckModeReport.Format getFormat() {
			return this.format;
		}

		public void setFormat(CheckModeReport.Format format) {
			this.format = format;
		}

		public @Nullable Path getOutput() {
			return this.output;
		}

		public void setOutput(@Nullable Path output) {
			this.output = output;
		}

	}

	/**
	 * The comparison of the live schema with the snapshot of what the migrations built.
	 */
	public static class Snapshot {

		/**
		 * Whether to compare the live schema with the schema snapshot, when there is one.
		 */
		private boolean enabled = true;

		/**
		 * Location of the schema snapshot the test module writes (a Spring resource
		 * location). When unset, the guard looks for
		 * 'classpath:META-INF/startup-guard/schema-snapshot.json' and compares nothing if
		 * it is absent; a location that is set must hold a snapshot, or the start fails.
		 */
		private @Nullable String location;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable String getLocation() {
			return this.location;
		}

		public void setLocation(@Nullable String location) {
			this.location = location;
		}

	}

	/**
	 * What the guard lets migration tools do at startup.
	 */
	public static class Migrations {

		/**
		 * Flyway migration versions and Liquibase changeset ids whose destructive
		 * statements (such as DROP COLUMN) may run at a production start. Without them a
		 * pending destructive statement refuses the start before anything is applied.
		 */
		private List<String> acknowledgedDestructive = new ArrayList<>();

		public List<String> getAcknowledgedDestructive() {
			return this.acknowledgedDestructive;
		}

		public void setAcknowledgedDestructive(List<String> acknowledgedDestructive) {
			this.acknowledgedDestructive = acknowledgedDestructive;
		}

	}

	/**
	 * A finding to mute.
	 */
	public static class Suppression {

		/**
		 * Kind of the findings to mute.
		 */
		private @Nullable FindingKind kind;

		/**
		 * Pattern of the tables whose findings to mute; '*' stands for any characters.
		 * Not set means any table.
		 */
		private @Nullable String table;

		/**
		 * Pattern of the columns whose findings to mute; '*' stands for any characters.
		 * Not set means any column.
		 */
		private @Nullable String column;

		/**
		 * Why the finding is muted, shown beside it in the report.
		 */
		private @Nullable String reason;

		public @Nullable FindingKind getKind() {
			return this.kind;
		}

		public void setKind(@Nullable FindingKind kind) {
			this.kind = kind;
		}

		public @Nullable String getTable() {
			return this.table;
		}

		public void setTable(@Nullable String table) {
			this.table = table;
		}

		public @Nullable String getColumn() {
			return this.column;
		}

		public void setColumn(@Nullable String column) {
			this.column = column;
		}

		public @Nullable String getReason() {
			return this.reason;
		}

		public void setReason(@Nullable String reason) {
			this.reason = reason;
		}

		@Override
		public String toString() {
			return "kind=" + ((this.kind != null) ? this.kind : "") + ", table=" + nonNull(this.table) + ", column="
					+ nonNull(this.column) + ", reason=" + nonNull(this.reason);
		}

		private static String nonNull(@Nullable String text) {
			return (text != null) ? text : "";
		}

	}

}
