package dev.startupguard.startup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import dev.startupguard.check.CheckErrors;
import dev.startupguard.migration.MigrationsAtStart;
import dev.startupguard.snapshot.SchemaSnapshotSource;
import dev.startupguard.migration.liquibase.LiquibaseMigrationCheck;

/**
 * {@link BeanPostProcessor} that checks the changelog of each {@link SpringLiquibase}
 * bean, Spring Boot's or the application's own.
 * <p>
 * A bean that updates the database when it is initialised is read twice. Just before
 * (before its initialisation), its pending changesets are read and the SQL they generate
 * is linted, and in production an unacknowledged destructive statement refuses the start
 * before anything is applied. Once it has updated, the check starts: it reports the state
 * the application runs on, and what this start applied. A bean that does not run
 * ({@code shouldRun} false, as {@code spring.liquibase.enabled=false} sets on a JHipster
 * application's own bean) is checked once, after its initialisation.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class LiquibaseCheckStarter implements BeanPostProcessor {

	private static final Logger logger = LoggerFactory.getLogger(LiquibaseCheckStarter.class);

	private final ObjectProvider<SubjectChecks> checks;

	private final ObjectProvider<MigrationTables> migrationTables;

	private final ObjectProvider<DestructiveMigrationPolicy> policy;

	private final ObjectProvider<SchemaSnapshotSource> snapshot;

	private final Map<String, LiquibaseMigrationCheck> pendingChecks = new ConcurrentHashMap<>();

	private final Map<String, MigrationsAtStart> beforeUpdate = new ConcurrentHashMap<>();

	/**
	 * Create a starter.
	 * @param checks the checks to start the Liquibase beans' checks in
	 * @param migrationTables where to record each bean's tables
	 * @param policy whether destructive statements may run
	 * @param snapshot the snapshot of the schema the changelog builds, if any
	 */
	public LiquibaseCheckStarter(ObjectProvider<SubjectChecks> checks, ObjectProvider<MigrationTables> migrationTables,
			ObjectProvider<DestructiveMigrationPolicy> policy, ObjectProvider<SchemaSnapshotSource> snapshot) {
		this.checks = checks;
		this.migrationTables = migrationTables;
		this.policy = policy;
		this.snapshot = snapshot;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase liquibase) {
			LiquibaseMigrationCheck check = comparing(new LiquibaseMigrationCheck(beanName,
					SpringLiquibaseSettings.of(liquibase), classLoader(liquibase)), this.snapshot);
			this.migrationTables.ifAvailable((tables) -> check.tables().forEach(tables::add));
			this.pendingChecks.put(beanName, check);
			if (SpringLiquibaseSettings.runs(liquibase)) {
				MigrationsAtStart pending = readBeforeUpdate(beanName, check);
				this.policy.getIfAvailable(() -> new DestructiveMigrationPolicy(false, List.of()))
					.check(beanName, pending);
				this.beforeUpdate.put(beanName, pending);
			}
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase) {
			LiquibaseMigrationCheck check = this.pendingChecks.remove(beanName);
			if (check != null) {
				MigrationsAtStart pending = this.beforeUpdate.remove(beanName);
				this.checks.getObject().start((pending != null) ? check.updatedAtStart(pending) : check);
			}
		}
		return bean;
	}

	/**
	 * Return the check comparing the live schema with the schema snapshot, where the
	 * application has one.
	 * @param check the check
	 * @param snapshot the snapshot's source
	 * @return the check, comparing where there is a snapshot
	 */
	public static LiquibaseMigrationCheck comparing(LiquibaseMigrationCheck check,
			ObjectProvider<SchemaSnapshotSource> snapshot) {
		return snapshot.getIfAvailable(() -> SchemaSnapshotSource.NONE)
			.comparison()
			.map(check::comparingWith)
			.orElse(check);
	}

	private static MigrationsAtStart readBeforeUpdate(String liquibase, LiquibaseMigrationCheck check) {
		try {
			return check.beforeUpdate();
		}
		catch (Exception ex) {
			// Liquibase reads the same changelog and database next and fails on its own
			logger.warn("Startup Guard could not read the pending changesets of '{}' before it updates, so they are"
					+ " not linted: {}", liquibase, CheckErrors.describe(ex));
			return new MigrationsAtStart(List.of());
		}
	}

	private static ClassLoader classLoader(SpringLiquibase liquibase) {
		return (liquibase.getResourceLoader() != null && liquibase.getResourceLoader().getClassLoader() != null)
				? liquibase.getResourceLoader().getClassLoader() : LiquibaseCheckStarter.class.getClassLoader();
	}

}
