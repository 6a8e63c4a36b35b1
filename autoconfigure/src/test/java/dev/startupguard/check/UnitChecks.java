package dev.startupguard.check;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import dev.startupguard.drift.DriftCheck;
import dev.startupguard.drift.DriftOptions;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.ExpectedSchemaSource;
import dev.startupguard.schema.live.LiveSchemaReader;

/**
 * Persistence unit checks with the default options, for the tests.
 */
public final class UnitChecks {

	private UnitChecks() {
	}

	/**
	 * Return the check of a persistence unit with the default options.
	 * @param unit the unit's name
	 * @param dataSource its data source
	 * @param expected what its entities expect
	 * @return the check
	 */
	public static PersistenceUnitCheck check(String unit, DataSource dataSource, ExpectedSchemaSource expected) {
		return check(unit, dataSource, expected, Duration.ofSeconds(10));
	}

	/**
	 * Return the check of a persistence unit with the default options and a timeout.
	 * @param unit the unit's name
	 * @param dataSource its data source
	 * @param expected what its entities expect
	 * @param timeout the time the check may take
	 * @return the check
	 */
	public static PersistenceUnitCheck check(String unit, DataSource dataSource, ExpectedSchemaSource expected,
			Duration timeout) {
		return new PersistenceUnitCheck(unit, dataSource, expected,
				new DriftCheck(new LiveSchemaReader(timeout), DriftOptions.DEFAULTS, List.of()));
	}

	/**
	 * Check a persistence unit once with the default options.
	 * @param unit the unit's name
	 * @param dataSource its data source
	 * @param expected what its entities expect
	 * @return the report
	 */
	public static SubjectReport run(String unit, DataSource dataSource, ExpectedSchemaSource expected) {
		return check(unit, dataSource, expected).run();
	}

}
