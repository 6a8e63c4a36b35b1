package dev.startupguard.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FindingRules}.
 */
class FindingRulesTests {

	private static final Finding NULLABILITY = Finding.of(FindingKind.NULLABILITY_MISMATCH, "customer", "email",
			"Column customer.email accepts null", "fix", FixRisk.RISKY);

	private static final Finding MISSING_COLUMN = Finding.of(FindingKind.MISSING_COLUMN, "orders", "total",
			"Column orders.total does not exist", "fix", FixRisk.SAFE);

	private static final Finding MISSING_SEQUENCE = Finding.of(FindingKind.MISSING_SEQUENCE, null, null,
			"Sequence s does not exist", "fix", FixRisk.SAFE);

	@Test
	void severityOverrideAppliesToItsKindOnly() {
		SubjectReport report = new FindingRules(Map.of(FindingKind.NULLABILITY_MISMATCH, Severity.INFO), List.of())
			.apply(report(NULLABILITY, MISSING_COLUMN));
		assertThat(report.findings().toList()).containsExactly(MISSING_COLUMN, NULLABILITY.withSeverity(Severity.INFO));
		assertThat(report.suppressed()).isEmpty();
	}

	@Test
	void suppressionMovesMatchingFindingsToSuppressedWithTheirReason() {
		Suppression legacy = new Suppression(FindingKind.NULLABILITY_MISMATCH, NamePattern.of("CUST*"), null,
				"legacy importer writes nulls");
		SubjectReport report = new FindingRules(Map.of(), List.of(legacy)).apply(report(NULLABILITY, MISSING_COLUMN));
		assertThat(report.findings().toList()).containsExactly(MISSING_COLUMN);
		assertThat(report.suppressed())
			.containsExactly(new SuppressedFinding(NULLABILITY, "legacy importer writes nulls"));
	}

	@Test
	void columnPatternNeverMatchesAFindingWithoutColumn() {
		Suppression anyColumn = new Suppression(null, null, NamePattern.of("*"), null);
		SubjectReport report = new FindingRules(Map.of(), List.of(anyColumn))
			.apply(report(MISSING_SEQUENCE, MISSING_COLUMN));
		assertThat(report.findings().toList()).containsExactly(MISSING_SEQUENCE);
		assertThat(report.suppressed()).extracting(SuppressedFinding::finding).containsExactly(MISSING_COLUMN);
	}

	@Test
	void overriddenSeverityDecidesTheOrder() {
		SubjectReport report = new FindingRules(Map.of(FindingKind.MISSING_SEQUENCE, Severity.WARNING), List.of())
			.apply(report(MISSING_SEQUENCE, MISSING_COLUMN, NULLABILITY));
		assertThat(report.findings().stream().map(Finding::kind)).containsExactly(FindingKind.MISSING_COLUMN,
				FindingKind.NULLABILITY_MISMATCH, FindingKind.MISSING_SEQUENCE);
	}

	private static SubjectReport report(Finding... findings) {
		return new SubjectReport(Subject.persistenceUnit("default"), Map.of(), Instant.EPOCH, Duration.ofMillis(5),
				Findings.of(List.of(findings)), List.of());
	}

}
