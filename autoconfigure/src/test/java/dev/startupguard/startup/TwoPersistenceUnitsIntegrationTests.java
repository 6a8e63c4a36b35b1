package dev.startupguard.startup;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.startupguard.report.FindingKind;
import dev.startupguard.report.GuardReports;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.SubjectKind;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.startup.multi.TwoUnitsApplication;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An application with two persistence units, sales on PostgreSQL and audit on an embedded
 * H2: each is checked against its own database, reported under its own name, and decided
 * on its own.
 */
class TwoPersistenceUnitsIntegrationTests {

	private TestDatabase sales;

	private TestDatabase audit;

	@BeforeEach
	void createDatabases() {
		this.sales = TestDatabase.postgres("sales");
		this.audit = TestDatabase.h2("audit");
		this.sales.execute("CREATE TABLE invoice (id bigint PRIMARY KEY, number varchar(20) NOT NULL)");
		this.audit.execute("CREATE TABLE audit_entry (id bigint PRIMARY KEY, action varchar(200) NOT NULL)");
	}

	@AfterEach
	void dropDatabases() {
		this.sales.close();
		this.audit.close();
	}

	@Test
	void eachUnitIsCheckedAgainstItsOwnDatabase() {
		try (ConfigurableApplicationContext context = run("--startup-guard.on-drift=fail")) {
			List<SubjectReport> units = context.getBean(LatestReport.class)
				.get()
				.subjects(SubjectKind.PERSISTENCE_UNIT);
			assertThat(units).extracting(SubjectReport::name).containsExactlyInAnyOrder("sales", "audit");
			assertThat(GuardReports.unit(context, "sales").details()).containsEntry(SubjectReport.DATABASE_PRODUCT,
					"PostgreSQL");
			assertThat(GuardReports.unit(context, "audit").details()).containsEntry(SubjectReport.DATABASE_PRODUCT,
					"H2");
			assertThat(units).allSatisfy((report) -> assertThat(report.findings().isEmpty()).isTrue());
		}
	}

	@Test
	void findingsStayWithTheirUnit() {
		this.audit.execute("ALTER TABLE audit_entry ALTER COLUMN action SET DATA TYPE varchar(50)");
		try (ConfigurableApplicationContext context = run("--startup-guard.on-drift=fail")) {
			SubjectReport sales = GuardReports.unit(context, "sales");
			SubjectReport audit = GuardReports.unit(context, "audit");
			assertThat(sales.findings().isEmpty()).isTrue();
			assertThat(audit.findings().stream().map((finding) -> finding.kind()))
				.containsExactly(FindingKind.NARROWER_COLUMN);
		}
	}

	@Test
	void refusalNamesOnlyTheUnitWithErrors() {
		this.audit.execute("DROP TABLE audit_entry");
		assertThatExceptionOfType(StartRefusedException.class).isThrownBy(() -> run("--startup-guard.on-drift=fail"))
			.satisfies((ex) -> assertThat(ex.getReports()).extracting(SubjectReport::name).containsExactly("audit"));
	}

	private ConfigurableApplicationContext run(String... arguments) {
		String[] args = new String[arguments.length + 5];
		args[0] = "--sales.url=" + this.sales.url();
		args[1] = "--audit.url=" + this.audit.url();
		args[2] = "--audit.username=sa";
		args[3] = "--spring.main.banner-mode=off";
		args[4] = "--spring.data.jpa.repositories.enabled=false";
		System.arraycopy(arguments, 0, args, 5, arguments.length);
		return new SpringApplicationBuilder(TwoUnitsApplication.class).web(WebApplicationType.NONE).run(args);
	}

}
