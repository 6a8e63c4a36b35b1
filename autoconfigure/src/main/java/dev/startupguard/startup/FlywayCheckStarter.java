package dev.startupguard.startup;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;

import dev.startupguard.check.CheckErrors;
import dev.startupguard.migration.flyway.FlywayMigrationCheck;
import dev.startupguard.migration.MigrationsAtStart;
import dev.startupguard.snapshot.SchemaSnapshotSource;

/**
 * {@link BeanPostProcessor} that checks the migrations of each {@link Flyway} bean.
 * <p>
 * A Flyway bean that a {@link FlywayMigrationInitializer} migrates at this start is read
 * twice. Just before the initializer migrates (before its initialization), its pending
 * migrations are read and linted, and in production an unacknowledged destructive
 * statement refuses the start before anything is applied. Once the initializer has
 * migrated, the check starts: it reports the state the application runs on, and what this
 * start applied. The initializer's migrations are found through the Flyway beans it was
 * created with, so the application's {@code FlywayMigrationStrategy} stays its own.
 * <p>
 * A Flyway bean that no initializer migrates is checked once every singleton exists, when
 * no initializer can migrate it any more.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class FlywayCheckStarter implements BeanPostProcessor, BeanFactoryAware {

	private static final Logger logger = LoggerFactory.getLogger(FlywayCheckStarter.class);

	private final ObjectProvider<SubjectChecks> checks;

	private final ObjectProvider<MigrationTables> migrationTables;

	private final ObjectProvider<DestructiveMigrationPolicy> policy;

	private final ObjectProvider<SchemaSnapshotSource> snapshot;

	private final Map<String, FlywayMigrationCheck> flyways = new ConcurrentHashMap<>();

	private final Map<String, MigrationsAtStart> beforeMigrate = new ConcurrentHashMap<>();

	private @Nullable ConfigurableBeanFactory beanFactory;

	/**
	 * Create a starter.
	 * @param checks the checks to start the Flyway beans' checks in
	 * @param migrationTables where to record each bean's history table
	 * @param policy whether destructive statements may run
	 * @param snapshot the snapshot of the schema the migrations build, if any
	 */
	public FlywayCheckStarter(ObjectProvider<SubjectChecks> checks, ObjectProvider<MigrationTables> migrationTables,
			ObjectProvider<DestructiveMigrationPolicy> policy, ObjectProvider<SchemaSnapshotSource> snapshot) {
		this.checks = checks;
		this.migrationTables = migrationTables;
		this.policy = policy;
		this.snapshot = snapshot;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		this.beanFactory = (beanFactory instanceof ConfigurableBeanFactory configurable) ? configurable : null;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof FlywayMigrationInitializer) {
			for (FlywayMigrationCheck check : migratedBy(beanName)) {
				String flyway = check.subject().name();
				MigrationsAtStart pending = readBeforeMigrate(flyway, check);
				this.policy.getIfAvailable(() -> new DestructiveMigrationPolicy(false, List.of()))
					.check(flyway, pending);
				this.beforeMigrate.put(flyway, pending);
			}
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Flyway flyway) {
			FlywayMigrationCheck check = comparing(new FlywayMigrationCheck(beanName, flyway), this.snapshot);
			this.flyways.put(beanName, check);
			this.migrationTables.ifAvailable((tables) -> tables.add(check.historyTable()));
			this.checks.getObject().startLater(check);
		}
		else if (bean instanceof FlywayMigrationInitializer) {
			for (FlywayMigrationCheck check : migratedBy(beanName)) {
				MigrationsAtStart pending = this.beforeMigrate.remove(check.subject().name());
				this.checks.getObject()
					.start(check.migratedAtStart((pending != null) ? pending : new MigrationsAtStart(List.of())));
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
	public static FlywayMigrationCheck comparing(FlywayMigrationCheck check,
			ObjectProvider<SchemaSnapshotSource> snapshot) {
		return snapshot.getIfAvailable(() -> SchemaSnapshotSource.NONE)
			.comparison()
			.map(check::comparingWith)
			.orElse(check);
	}

	private static MigrationsAtStart readBeforeMigrate(String flyway, FlywayMigrationCheck check) {
		try {
			return check.beforeMigrate();
		}
		catch (SQLException | RuntimeException ex) {
			// Flyway reads the same database next and fails on its own if it cannot
			logger.warn("Startup Guard could not read the pending migrations of '{}' before it migrates, so they"
					+ " are not linted: {}", flyway, CheckErrors.describe(ex));
			return new MigrationsAtStart(List.of());
		}
	}

	// the Flyway beans an initializer was created with, as the bean factory recorded them
	private List<FlywayMigrationCheck> migratedBy(String initializer) {
		List<FlywayMigrationCheck> migrated = new ArrayList<>();
		if (this.beanFactory != null) {
			for (String dependency : this.beanFactory.getDependenciesForBean(initializer)) {
				FlywayMigrationCheck check = this.flyways.get(dependency);
				if (check != null) {
					migrated.add(check);
				}
			}
		}
		return migrated;
	}

}
