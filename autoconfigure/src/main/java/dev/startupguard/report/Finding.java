package dev.startupguard.report;

import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/**
 * One thing a check found: what it is, where, how much it matters, and how to fix it.
 *
 * @param severity how much the finding matters
 * @param kind what kind of finding it is
 * @param table the table it concerns, qualified with its schema unless that is the
 * default schema; {@code null} where no table applies
 * @param column the column it concerns, {@code null} where no single column applies
 * @param message one line a developer understands without further context
 * @param fix the suggested fix, as SQL in the database's dialect where one exists;
 * {@code null} where there is none
 * @param fixRisk what running the fix risks; {@code null} when there is no fix
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record Finding(Severity severity, FindingKind kind, @Nullable String table, @Nullable String column,
		String message, @Nullable String fix, @Nullable FixRisk fixRisk) {

	/**
	 * Order of findings in every output: most severe first, then by kind, table and
	 * column.
	 */
	public static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator.comparing(Finding::severity)
		.thenComparing(Finding::kind)
		.thenComparing(Finding::table, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Finding::column, Comparator.nullsFirst(Comparator.naturalOrder()));

	/**
	 * Create a finding with its kind's default severity.
	 * @param kind the kind
	 * @param table the table, or {@code null}
	 * @param column the column, or {@code null}
	 * @param message the message
	 * @param fix the fix, or {@code null}
	 * @param fixRisk the fix's risk, or {@code null} when there is no fix
	 * @return the finding
	 */
	public static Finding of(FindingKind kind, @Nullable String table, @Nullable String column, String message,
			@Nullable String fix, @Nullable FixRisk fixRisk) {
		return new Finding(kind.defaultSeverity(), kind, table, column, message, fix, fixRisk);
	}

	/**
	 * Return this finding with another severity.
	 * @param severity the severity
	 * @return the finding with that severity
	 */
	public Finding withSeverity(Severity severity) {
		return new Finding(severity, this.kind, this.table, this.column, this.message, this.fix, this.fixRisk);
	}

}
