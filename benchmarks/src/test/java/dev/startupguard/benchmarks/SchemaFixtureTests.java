package dev.startupguard.benchmarks;

import org.junit.jupiter.api.Test;

import dev.startupguard.report.SubjectReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SchemaFixture}: the generated mapping stays one that Hibernate accepts
 * and that the guard finds no drift in, so the benchmark measures the check of a matching
 * schema.
 *
 * @author Startup Guard contributors
 */
class SchemaFixtureTests {

	@Test
	void generatedSchemaGivesNoFindingAndPassesHibernateValidation() throws Exception {
		try (BenchmarkDatabase database = BenchmarkDatabase.create(BenchmarkDatabase.H2);
				SchemaFixture fixture = SchemaFixture.open(database, 10, true)) {
			SubjectReport report = fixture.guard();
			assertThat(report.findings().toList()).isEmpty();
			assertThat(fixture.floor().tables()).hasSize(10);
			fixture.hibernateValidate();
			fixture.hibernateValidateIndividually();
		}
	}

}
