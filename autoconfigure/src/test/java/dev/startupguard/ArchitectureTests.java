package dev.startupguard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the core free of Spring and Hibernate, so that it can be tested, benchmarked and
 * reused by a build-time check on its own.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.startupguard");

	@Test
	void coreImportsNoSpringAndNoHibernate() {
		noClasses().that()
			.resideInAnyPackage("dev.startupguard.schema", "dev.startupguard.schema.live", "dev.startupguard.drift",
					"dev.startupguard.report", "dev.startupguard.check", "dev.startupguard.migration.lint",
					"dev.startupguard.migration", "dev.startupguard.migration.flyway",
					"dev.startupguard.migration.liquibase")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.hibernate..")
			.check(CLASSES);
	}

	@Test
	void beanValidationIsNeverLoadedSinceItMayBeAbsent() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.validation..", "org.hibernate.validator..")
			.because("an application may have no Bean Validation: its constraints are read by name")
			.check(CLASSES);
	}

	@Test
	void reportDependsOnNoOtherGuardPackage() {
		noClasses().that()
			.resideInAPackage("dev.startupguard.report")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.startupguard.schema..", "dev.startupguard.drift..")
			.check(CLASSES);
	}

	@Test
	void outputsReadReportsOnlyAndNeverTheCheckMachinery() {
		noClasses().that()
			.resideInAnyPackage("dev.startupguard.health..", "dev.startupguard.endpoint..",
					"dev.startupguard.metrics..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.startupguard.check..", "dev.startupguard.startup..", "dev.startupguard.drift..",
					"dev.startupguard.schema..", "dev.startupguard.policy..")
			.check(CLASSES);
	}

	@Test
	void theCheckMachineryKnowsNoOutput() {
		noClasses().that()
			.resideInAnyPackage("dev.startupguard.check..", "dev.startupguard.startup..", "dev.startupguard.drift..",
					"dev.startupguard.report..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.startupguard.health..", "dev.startupguard.endpoint..",
					"dev.startupguard.metrics..")
			.check(CLASSES);
	}

	@Test
	void nothingDependsOnAutoConfiguration() {
		noClasses().that()
			.resideOutsideOfPackage("dev.startupguard.autoconfigure..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.startupguard.autoconfigure..")
			.check(CLASSES);
	}

}
