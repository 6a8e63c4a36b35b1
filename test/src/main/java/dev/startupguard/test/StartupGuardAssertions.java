package dev.startupguard.test;

import dev.startupguard.report.GuardReport;

/**
 * Entry point of the AssertJ assertions on Startup Guard's report.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class StartupGuardAssertions {

	private StartupGuardAssertions() {
	}

	/**
	 * Create an assertion on a report.
	 * @param report the report, such as the {@link GuardReport} parameter of a
	 * {@link MigratedSchemaTest @MigratedSchemaTest} method
	 * @return the assertion
	 */
	public static GuardReportAssert assertThat(GuardReport report) {
		return new GuardReportAssert(report);
	}

}
