package dev.startupguard.check;

import dev.startupguard.report.CheckObserver;
import dev.startupguard.report.FindingRules;
import dev.startupguard.report.SubjectReport;

/**
 * Makes a subject's report as the application wants to see it: runs the check under the
 * observer, then applies the application's severity overrides and suppressions. The
 * start, every recheck and the hand-over of {@code ddl-auto=validate} make their reports
 * here.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class ReportMaker {

	private final FindingRules rules;

	private final CheckObserver observer;

	/**
	 * Create a report maker.
	 * @param rules the application's severity overrides and suppressions
	 * @param observer what wraps each run of a check
	 */
	public ReportMaker(FindingRules rules, CheckObserver observer) {
		this.rules = rules;
		this.observer = observer;
	}

	/**
	 * Run a check and make its report.
	 * @param check the check
	 * @return the report, with the application's rules applied
	 */
	public SubjectReport make(SubjectCheck check) {
		return this.observer.observe(check.subject(), () -> judge(check.run()));
	}

	/**
	 * Make the report of a check that ran already.
	 * @param checked the report as the check produced it
	 * @return the report, with the application's rules applied
	 */
	public SubjectReport judge(SubjectReport checked) {
		return this.rules.apply(checked);
	}

}
