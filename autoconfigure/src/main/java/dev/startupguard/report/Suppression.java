package dev.startupguard.report;

import org.jspecify.annotations.Nullable;

/**
 * Rule that mutes findings by kind and by table and column patterns.
 *
 * @param kind the kind to mute, {@code null} for any kind
 * @param table the pattern of tables, {@code null} for any table
 * @param column the pattern of columns, {@code null} for any column
 * @param reason why the findings are muted, shown beside them
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record Suppression(@Nullable FindingKind kind, @Nullable NamePattern table, @Nullable NamePattern column,
		@Nullable String reason) {

	/**
	 * Return whether this rule mutes the finding. A table or column pattern never matches
	 * a finding without a table or column.
	 * @param finding the finding
	 * @return {@code true} when muted
	 */
	public boolean matches(Finding finding) {
		return (this.kind == null || this.kind == finding.kind()) && matches(this.table, finding.table())
				&& matches(this.column, finding.column());
	}

	private static boolean matches(@Nullable NamePattern pattern, @Nullable String value) {
		return pattern == null || (value != null && pattern.matches(value));
	}

}
