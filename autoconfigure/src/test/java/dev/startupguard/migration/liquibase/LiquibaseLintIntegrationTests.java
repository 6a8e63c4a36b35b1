package dev.startupguard.migration.liquibase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.testdb.LiquibaseDatabaseTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lint of pending changesets on a real database, in the three changelog formats: each
 * typed change is classified by the rules of the statement Liquibase generates for that
 * database, and {@code sql} and {@code sqlFile} changes go through the same SQL lint. Run
 * on every database by a subclass.
 */
abstract class LiquibaseLintIntegrationTests extends LiquibaseDatabaseTests {

	static final String BASE = """
			<changeSet id="base" author="ada">
			    <createTable tableName="customer">
			        <column name="id" type="bigint"><constraints primaryKey="true"/></column>
			        <column name="name" type="varchar(80)"/>
			        <column name="email" type="varchar(200)"/>
			        <column name="note" type="varchar(200)"/>
			    </createTable>
			    <createTable tableName="customer_order">
			        <column name="id" type="bigint"><constraints primaryKey="true"/></column>
			        <column name="customer_id" type="bigint"/>
			    </createTable>
			    <createTable tableName="audit_entry">
			        <column name="id" type="bigint"><constraints primaryKey="true"/></column>
			    </createTable>
			</changeSet>""";

	static final String XML_PENDING = """
			<changeSet id="drop-audit" author="grace"><dropTable tableName="audit_entry"/></changeSet>
			<changeSet id="drop-note" author="grace"><dropColumn tableName="customer" columnName="note"/></changeSet>
			<changeSet id="widen-name" author="grace">
			    <modifyDataType tableName="customer" columnName="name" newDataType="varchar(120)"/>
			</changeSet>
			<changeSet id="require-email" author="grace">
			    <addNotNullConstraint tableName="customer" columnName="email" columnDataType="varchar(200)"/>
			</changeSet>
			<changeSet id="unique-email" author="grace">
			    <addUniqueConstraint tableName="customer" columnNames="email" constraintName="uk_customer_email"/>
			</changeSet>
			<changeSet id="rename-name" author="grace">
			    <renameColumn tableName="customer" oldColumnName="name" newColumnName="full_name"
			        columnDataType="varchar(120)"/>
			</changeSet>
			<changeSet id="rename-orders" author="grace">
			    <renameTable oldTableName="customer_order" newTableName="purchase"/>
			</changeSet>
			<changeSet id="order-customer-fk" author="grace">
			    <addForeignKeyConstraint baseTableName="purchase" baseColumnNames="customer_id"
			        referencedTableName="customer" referencedColumnNames="id" constraintName="fk_purchase_customer"/>
			</changeSet>
			<changeSet id="index-email" author="grace">
			    <createIndex tableName="customer" indexName="ix_customer_email"><column name="email"/></createIndex>
			</changeSet>
			<changeSet id="purge" author="grace"><sql>DELETE FROM purchase</sql></changeSet>
			<changeSet id="empty-purchases" author="grace"><sqlFile path="empty.sql" relativeToChangelogFile="true"/></changeSet>
			<changeSet id="new-table" author="grace">
			    <createTable tableName="invoice">
			        <column name="id" type="bigint"><constraints primaryKey="true"/></column>
			        <column name="purchase_id" type="bigint"/>
			    </createTable>
			    <addForeignKeyConstraint baseTableName="invoice" baseColumnNames="purchase_id"
			        referencedTableName="purchase" referencedColumnNames="id" constraintName="fk_invoice_purchase"/>
			    <addNotNullConstraint tableName="invoice" columnName="purchase_id" columnDataType="bigint"/>
			</changeSet>
			<changeSet id="custom" author="grace">
			    <customChange class="dev.startupguard.migration.liquibase.BackfillChange"/>
			</changeSet>""";

	@Test
	void xmlChangelog() throws Exception {
		xmlChangeLog(BASE);
		update();
		changeLog("empty.sql", "-- the purchases move to the archive\nTRUNCATE TABLE purchase;");
		xmlChangeLog(BASE, XML_PENDING);
		assertThat(rulesByChangeSet()).isEqualTo(expectedXml());
		assertThat(BackfillChange.runs).hasValue(0);
		assertThat(notLinted()).containsExactly(
				"Changeset custom by grace (changelog.xml) was not linted: its customChange change: a custom or"
						+ " extension change: what it runs is out of the lint's sight");
	}

	@Test
	void yamlChangelog() throws Exception {
		xmlChangeLog(BASE);
		update();
		changeLog("changelog.yaml", """
				databaseChangeLog:
				  - include:
				      file: changelog.xml
				  - changeSet:
				      id: yaml-drop-note
				      author: grace
				      changes:
				        - dropColumn:
				            tableName: customer
				            columnName: note
				  - changeSet:
				      id: yaml-widen-name
				      author: grace
				      changes:
				        - modifyDataType:
				            tableName: customer
				            columnName: name
				            newDataType: varchar(120)
				  - changeSet:
				      id: yaml-purge
				      author: grace
				      changes:
				        - sql:
				            sql: UPDATE customer SET note = NULL
				""");
		SubjectReport report = new LiquibaseMigrationCheck("liquibase",
				settings("changelog.yaml", null, this.database.dataSource()), null)
			.run();
		assertThat(rulesByChangeSet(report)).isEqualTo(Map.of("yaml-drop-note", List.of("drop-column"),
				"yaml-widen-name", expectedXml().get("widen-name"), "yaml-purge", List.of("update-without-where")));
	}

	@Test
	void formattedSqlChangelog() throws Exception {
		xmlChangeLog(BASE);
		update();
		changeLog("changelog.sql", """
				--liquibase formatted sql

				--changeset grace:sql-drop-note
				--comment: the note moves to its own table
				ALTER TABLE customer DROP COLUMN note;

				--changeset grace:sql-rename
				ALTER TABLE customer_order RENAME TO purchase;

				--changeset grace:sql-new-table
				CREATE TABLE invoice (id bigint PRIMARY KEY, total numeric(12,2));
				ALTER TABLE invoice ADD COLUMN currency varchar(3) NOT NULL;
				""");
		changeLog("master.xml", xml("<include file=\"changelog.xml\" relativeToChangelogFile=\"true\"/>",
				"<include file=\"changelog.sql\" relativeToChangelogFile=\"true\"/>"));
		SubjectReport report = new LiquibaseMigrationCheck("liquibase",
				settings("master.xml", null, this.database.dataSource()), null)
			.run();
		assertThat(rulesByChangeSet(report))
			.isEqualTo(Map.of("sql-drop-note", List.of("drop-column"), "sql-rename", List.of("rename-table")));
	}

	/**
	 * Return the rules each pending changeset of {@link #XML_PENDING} breaks on this
	 * database.
	 * @return the rule ids by changeset id
	 */
	abstract Map<String, List<String>> expectedXml();

	Map<String, List<String>> rulesByChangeSet() {
		return rulesByChangeSet(new LiquibaseMigrationCheck("liquibase", settings(), null).run());
	}

	static Map<String, List<String>> rulesByChangeSet(SubjectReport report) {
		Pattern changeSet = Pattern.compile("^Changeset (\\S+) by ");
		Pattern rule = Pattern.compile("(?:\\(|; )([a-z-]+): ");
		Map<String, List<String>> rules = new TreeMap<>();
		for (Finding finding : report.findings().toList()) {
			if (finding.kind() != FindingKind.MIGRATION_LINT) {
				continue;
			}
			Matcher id = changeSet.matcher(finding.message());
			assertThat(id.find()).as(finding.message()).isTrue();
			Matcher ids = rule.matcher(finding.message());
			while (ids.find()) {
				rules.computeIfAbsent(id.group(1), (key) -> new java.util.ArrayList<>()).add(ids.group(1));
			}
		}
		return rules;
	}

	List<String> notLinted() {
		return new LiquibaseMigrationCheck("liquibase", settings(), null).run()
			.findings()
			.stream()
			.filter((finding) -> finding.kind() == FindingKind.MIGRATION_NOT_LINTED)
			.map(Finding::message)
			.toList();
	}

	static Map<String, List<String>> expected(Object... idsAndRules) {
		Map<String, List<String>> expected = new LinkedHashMap<>();
		for (int i = 0; i < idsAndRules.length; i += 2) {
			expected.put((String) idsAndRules[i], List.of(((String) idsAndRules[i + 1]).split(",")));
		}
		return new TreeMap<>(expected);
	}

}
