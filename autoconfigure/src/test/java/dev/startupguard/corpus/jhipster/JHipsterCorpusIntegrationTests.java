package dev.startupguard.corpus.jhipster;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.startupguard.corpus.CorpusIntegrationTests;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JHipster sample application, restated in the corpus of real schemas: generated
 * entities sharing one pooled sequence, a mapped auditing superclass, stated lengths
 * repeated by Bean Validation, many-to-many join tables, and the schema its Liquibase
 * changelogs build, written out as the SQL they run on a database. Run on each database
 * the application supports by a subclass.
 */
abstract class JHipsterCorpusIntegrationTests extends CorpusIntegrationTests {

	static final List<Class<?>> ENTITIES = List.of(User.class, Authority.class, BankAccount.class, Label.class,
			Operation.class);

	/**
	 * The Hibernate settings of the application's {@code application.yml} that shape the
	 * schema it expects: instants stored as plain timestamps.
	 */
	static final Map<String, Object> SETTINGS = Map.of("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP");

	@Override
	protected List<Class<?>> entities() {
		return ENTITIES;
	}

	@Override
	protected Map<String, Object> settings() {
		return SETTINGS;
	}

	@Override
	protected List<String> shippedSchemaDrifts() {
		// the user's e-mail is validated and mapped up to 254 characters
		// (@Size(max = 254), @Column(length = 254)), but the changelog makes the column
		// varchar(191), the widest a unique index of utf8mb4 text may be on old MySQL: an
		// address of 192 to 254 characters passes validation and fails the insert
		return List.of("WARNING NARROWER_COLUMN jhi_user.email");
	}

	@Test
	void cleanSchemaGivesNoInfoEither() {
		assertThat(findings()).filteredOn((finding) -> finding.severity() == Severity.INFO)
			.extracting(CorpusIntegrationTests::describe)
			.isEmpty();
	}

	@Test
	void droppedColumnIsMissing() {
		this.database.execute("alter table operation drop column description");
		assertThat(warningsAndErrors()).containsExactly("ERROR MISSING_COLUMN operation.description");
	}

	@Test
	void columnNarrowedBelowItsStatedLengthIsNarrower() {
		this.database.execute(retyped("jhi_user", "login", "varchar(30)"));
		assertThat(warningsAndErrors()).containsExactly("WARNING NARROWER_COLUMN jhi_user.login");
	}

	@Test
	void amountChangedToAnIntegerLosesItsFraction() {
		this.database.execute(retyped("bank_account", "balance", "integer"));
		assertThat(warningsAndErrors()).containsExactly("WARNING LOSSY_TYPE bank_account.balance");
	}

	@Test
	void instantChangedToADateLosesItsTimeOfDay() {
		this.database.execute(retyped("operation", "date", "date"));
		assertThat(warningsAndErrors()).containsExactly("WARNING LOSSY_TYPE operation.date");
	}

	@Test
	void textChangedToANumberIsATypeMismatch() {
		this.database.execute(retyped("label", "label", "integer"));
		assertThat(warningsAndErrors()).containsExactly("ERROR TYPE_MISMATCH label.label");
	}

	@Test
	void droppedForeignKeyIsMissing() {
		this.database.execute(droppedForeignKey("operation", "fk_operation__bank_account_id"));
		assertThat(warningsAndErrors()).containsExactly("WARNING MISSING_FOREIGN_KEY operation.bank_account_id");
	}

	@Test
	void addedNotNullColumnNoEntityWritesFailsEveryInsert() {
		this.database.execute("alter table bank_account add column currency varchar(3) not null");
		assertThat(warningsAndErrors()).containsExactly("ERROR UNMAPPED_REQUIRED_COLUMN bank_account.currency");
	}

	@Test
	void sharedSequenceSteppingByOneNoLongerMatchesThePooledGenerator() {
		this.database.execute("alter sequence sequence_generator increment by 1");
		assertThat(findings()).filteredOn((finding) -> finding.kind() == FindingKind.SEQUENCE_INCREMENT_MISMATCH)
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.severity()).isEqualTo(Severity.ERROR);
				assertThat(finding.message()).contains("sequence_generator steps by 1").contains("50");
			});
		assertThat(warningsAndErrors()).hasSize(1);
	}

	/**
	 * Return the statement that drops a foreign key by hand.
	 * @param table the table
	 * @param constraint the foreign key's name
	 * @return the statement
	 */
	abstract String droppedForeignKey(String table, String constraint);

}
