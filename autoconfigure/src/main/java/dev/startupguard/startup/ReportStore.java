package dev.startupguard.startup;

import dev.startupguard.report.GuardReport;
import dev.startupguard.report.LatestReport;

/**
 * Holds the latest report of an application. A report is replaced whole, so every reader
 * (health, endpoint, metrics) sees either the old report or the new one, and never waits
 * for a check.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class ReportStore implements LatestReport {

	private volatile GuardReport report = GuardReport.NONE;

	@Override
	public GuardReport get() {
		return this.report;
	}

	void replace(GuardReport report) {
		this.report = report;
	}

}
