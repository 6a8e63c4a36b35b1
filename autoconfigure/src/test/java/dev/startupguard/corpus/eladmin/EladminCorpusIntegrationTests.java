package dev.startupguard.corpus.eladmin;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.startupguard.corpus.CorpusIntegrationTests;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * eladmin, a well-known Spring Boot admin application, restated in the corpus of real
 * schemas: 21 entities (tree tables by parent id, join tables with named key columns, a
 * one-to-one shared by many rows, Hibernate's creation and update timestamps, Bean
 * Validation on some fields only, a primitive field, bytes in a text column) and the
 * schema the project ships, a dump of a MariaDB database with no foreign key. Run on each
 * database the project supports by a subclass.
 */
abstract class EladminCorpusIntegrationTests extends CorpusIntegrationTests {

	static final List<Class<?>> ENTITIES = List.of(ColumnInfo.class, GenConfig.class, SysLog.class, App.class,
			Database.class, Deploy.class, DeployHistory.class, ServerDeploy.class, QuartzJob.class, QuartzLog.class,
			Dept.class, Dict.class, DictDetail.class, Job.class, Menu.class, Role.class, User.class, AlipayConfig.class,
			EmailConfig.class, LocalStorage.class, S3Storage.class);

	@Override
	protected List<Class<?>> entities() {
		return ENTITIES;
	}

	@Override
	protected List<String> shippedSchemaDrifts() {
		return List.of(
				// columns the dump makes NOT NULL without a default while the entity
				// neither
				// requires nor fills them (a database connection's settings, a
				// deployment's
				// history, a dictionary detail's label and value, the log's type, the S3
				// file's auditors, which the auditor of every other table leaves
				// nullable):
				// saving an entity that leaves one null fails
				"WARNING NULLABILITY_MISMATCH mnt_database.jdbc_url", "WARNING NULLABILITY_MISMATCH mnt_database.name",
				"WARNING NULLABILITY_MISMATCH mnt_database.pwd", "WARNING NULLABILITY_MISMATCH mnt_database.user_name",
				"WARNING NULLABILITY_MISMATCH mnt_deploy_history.app_name",
				"WARNING NULLABILITY_MISMATCH mnt_deploy_history.deploy_user",
				"WARNING NULLABILITY_MISMATCH mnt_deploy_history.ip",
				"WARNING NULLABILITY_MISMATCH sys_dict_detail.label",
				"WARNING NULLABILITY_MISMATCH sys_dict_detail.value", "WARNING NULLABILITY_MISMATCH sys_log.log_type",
				"WARNING NULLABILITY_MISMATCH tool_s3_storage.create_by",
				"WARNING NULLABILITY_MISMATCH tool_s3_storage.update_by",
				// mnt_app.port accepts null but App.port is an int: loading such a row
				// fails
				"WARNING NULLABLE_PRIMITIVE_COLUMN mnt_app.port",
				// sys_job.job_sort is int(5) but Job.jobSort a Long: a value above the
				// int
				// range fails to save
				"WARNING NARROWER_COLUMN sys_job.job_sort",
				// the dump declares no foreign key at all (a convention of the project),
				// where every many-to-one, one-to-one and join table of the mapping
				// expects
				// one: a dangling id saves without error and fails the association's load
				"WARNING MISSING_FOREIGN_KEY mnt_deploy.app_id",
				"WARNING MISSING_FOREIGN_KEY mnt_deploy_server.deploy_id",
				"WARNING MISSING_FOREIGN_KEY mnt_deploy_server.server_id",
				"WARNING MISSING_FOREIGN_KEY sys_dict_detail.dict_id",
				"WARNING MISSING_FOREIGN_KEY sys_roles_depts.dept_id",
				"WARNING MISSING_FOREIGN_KEY sys_roles_depts.role_id",
				"WARNING MISSING_FOREIGN_KEY sys_roles_menus.menu_id",
				"WARNING MISSING_FOREIGN_KEY sys_roles_menus.role_id", "WARNING MISSING_FOREIGN_KEY sys_user.dept_id",
				"WARNING MISSING_FOREIGN_KEY sys_users_jobs.job_id",
				"WARNING MISSING_FOREIGN_KEY sys_users_jobs.user_id",
				"WARNING MISSING_FOREIGN_KEY sys_users_roles.role_id",
				"WARNING MISSING_FOREIGN_KEY sys_users_roles.user_id");
	}

	@Test
	void notNullColumnsHibernateFillsWithATimestampAreNotReported() {
		assertThat(findings())
			.filteredOn(
					(finding) -> finding.kind() == FindingKind.NULLABILITY_MISMATCH
							&& List
								.of("sys_log.create_time", "mnt_deploy_history.deploy_date",
										"tool_s3_storage.create_time", "tool_s3_storage.update_time")
								.contains(finding.table() + "." + finding.column()))
			.isEmpty();
	}

	@Test
	void oneToOneWithoutItsUniqueKeyIsInfoWhereNoEntityMapsTheOtherSide() {
		// many users share a department through User.dept, a @OneToOne that Dept does
		// not map back: nothing loads one user per department
		assertThat(findings())
			.filteredOn((finding) -> "sys_user.dept_id".equals(finding.table() + "." + finding.column())
					&& finding.kind() != FindingKind.MISSING_FOREIGN_KEY)
			.extracting(CorpusIntegrationTests::describe)
			.containsExactly("INFO UNENFORCED_ONE_TO_ONE sys_user.dept_id");
	}

	@Test
	void bytesOfTextInATextColumnAreInfo() {
		// the stack trace is stored as its UTF-8 bytes, which MariaDB keeps unchanged in
		// a utf8mb4 text column
		assertThat(findings())
			.filteredOn((finding) -> "sys_log.exception_detail".equals(finding.table() + "." + finding.column()))
			.extracting(CorpusIntegrationTests::describe)
			.containsExactly("INFO BINARY_IN_TEXT_COLUMN sys_log.exception_detail");
	}

	@Test
	void lengthsTheEntitiesDoNotStateAreInfoWithTheirLimit() {
		assertThat(findings())
			.filteredOn((finding) -> finding.kind() == FindingKind.NARROWER_THAN_DEFAULT_LENGTH
					&& "sys_user.gender".equals(finding.table() + "." + finding.column()))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.severity()).isEqualTo(Severity.INFO);
				assertThat(finding.message()).contains("holds at most 2 characters");
			});
	}

	@Test
	void droppedColumnIsMissing() {
		this.database.execute("alter table sys_user drop column nick_name");
		assertThat(warningsAndErrors()).containsExactly("ERROR MISSING_COLUMN sys_user.nick_name");
	}

	@Test
	void integerColumnNarrowedIsNarrower() {
		this.database.execute(retyped("mnt_server", "port", "smallint"));
		assertThat(warningsAndErrors()).containsExactly("WARNING NARROWER_COLUMN mnt_server.port");
	}

	@Test
	void stringColumnNarrowedIsInfoWithItsNewLimit() {
		this.database.execute(retyped("sys_dict", "name", "varchar(50) not null"));
		assertThat(warningsAndErrors()).isEmpty();
		assertThat(findings()).filteredOn((finding) -> "sys_dict.name".equals(finding.table() + "." + finding.column()))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.NARROWER_THAN_DEFAULT_LENGTH);
				assertThat(finding.message()).contains("holds at most 50 characters");
			});
	}

	@Test
	void textChangedToANumberIsATypeMismatch() {
		this.database.execute(retyped("sys_dict_detail", "value", "int"));
		assertThat(warningsAndErrors()).containsExactly("ERROR TYPE_MISMATCH sys_dict_detail.value");
	}

	@Test
	void timestampChangedToADateLosesItsTimeOfDay() {
		this.database.execute(retyped("sys_log", "create_time", "date not null"));
		assertThat(warningsAndErrors()).containsExactly("WARNING LOSSY_TYPE sys_log.create_time");
	}

	@Test
	void droppedForeignKeyIsMissing() {
		this.database.execute("alter table sys_dict_detail drop foreign key fk_dict_detail_dict");
		assertThat(warningsAndErrors()).containsExactly("WARNING MISSING_FOREIGN_KEY sys_dict_detail.dict_id");
	}

	@Test
	void droppedUniqueKeyIsMissing() {
		this.database.execute("alter table sys_user drop index uniq_username");
		assertThat(warningsAndErrors()).containsExactly("WARNING MISSING_UNIQUE_CONSTRAINT sys_user.username");
	}

	@Test
	void addedNotNullColumnNoEntityWritesFailsEveryInsert() {
		this.database.execute("alter table sys_dept add column code varchar(20) not null");
		assertThat(warningsAndErrors()).containsExactly("ERROR UNMAPPED_REQUIRED_COLUMN sys_dept.code");
	}

}
