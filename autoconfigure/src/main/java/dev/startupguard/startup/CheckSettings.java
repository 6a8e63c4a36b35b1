package dev.startupguard.startup;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import dev.startupguard.drift.DriftCheck;
import dev.startupguard.drift.DriftOptions;
import dev.startupguard.report.FindingRules;
import dev.startupguard.report.StartDecision;
import dev.startupguard.schema.live.LiveSchemaReader;

/**
 * How the application wants its schema checked and judged.
 *
 * @param timeout the time one subject's check may take
 * @param options the comparison's options
 * @param schemas schemas to read besides the default one and those the entities name
 * @param rules the severity overrides and suppressions
 * @param decision what findings do to the start
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record CheckSettings(Duration timeout, DriftOptions options, List<String> schemas, FindingRules rules,
		StartDecision decision) {

	public CheckSettings {
		schemas = List.copyOf(schemas);
	}

	/**
	 * Return the drift check these settings describe.
	 * @return the drift check
	 */
	public DriftCheck driftCheck() {
		return new DriftCheck(new LiveSchemaReader(this.timeout), this.options, this.schemas);
	}

	/**
	 * Return the drift check these settings describe, leaving out the given migration
	 * tool tables besides those the options name.
	 * @param migrationTables the names of the migration tools' tables
	 * @return the drift check
	 */
	public DriftCheck driftCheck(Collection<String> migrationTables) {
		return new DriftCheck(new LiveSchemaReader(this.timeout), this.options.withMigrationTables(migrationTables),
				this.schemas);
	}

}
