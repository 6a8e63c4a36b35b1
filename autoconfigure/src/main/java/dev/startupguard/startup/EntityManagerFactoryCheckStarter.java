package dev.startupguard.startup;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;

import dev.startupguard.check.PersistenceUnitCheck;
import dev.startupguard.drift.DriftCheck;
import dev.startupguard.drift.LiveSchemaPrefetch;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.expected.HibernateExpectedSchema;
import dev.startupguard.schema.expected.MappedNamespaces;
import dev.startupguard.schema.expected.MetadataCapture;

/**
 * {@link BeanPostProcessor} that starts the drift check of each Hibernate persistence
 * unit as soon as its {@link EntityManagerFactory} is built, with the metadata it was
 * built from and the data source it uses.
 * <p>
 * Where the auto-configuration hands it to Hibernate (under {@link #PROPERTY}), it also
 * starts reading each unit's live schema as soon as Hibernate has the unit's metadata,
 * through {@link LiveSchemaPrefetchIntegrator}: the read then overlaps the rest of the
 * session factory's build, and the check's first run takes it. Only where building the
 * session factory leaves the schema alone ({@code ddl-auto} {@code none} or not set) and
 * no schema script runs after it: otherwise the read would see the schema before they
 * changed it.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class EntityManagerFactoryCheckStarter implements BeanPostProcessor {

	/**
	 * Hibernate property under which the auto-configuration hands this starter to
	 * {@link LiveSchemaPrefetchIntegrator}.
	 */
	public static final String PROPERTY = "dev.startupguard.check-starter";

	private final ObjectProvider<SubjectChecks> checks;

	private final ObjectProvider<CheckSettings> settings;

	private final ObjectProvider<MigrationTables> migrationTables;

	// the factory bean and the proxy it exposes are the same unit: check it once
	private final Set<SessionFactory> started = Collections
		.newSetFromMap(Collections.synchronizedMap(new WeakHashMap<>()));

	// weak keys: a session factory that failed to build can be collected
	private final Map<SessionFactory, LiveSchemaPrefetch> prefetches = Collections.synchronizedMap(new WeakHashMap<>());

	private final boolean deferredInitialization;

	/**
	 * Create a starter.
	 * @param checks the checks to start the units' checks in
	 * @param settings how to check each unit
	 * @param migrationTables the migration tools' tables, which the drift checks leave
	 * out
	 * @param deferredInitialization whether the data source's schema scripts run after
	 * the {@code EntityManagerFactory}
	 * ({@code spring.jpa.defer-datasource-initialization}): the checks then start once
	 * every singleton exists, after the scripts, and nothing is read ahead
	 */
	public EntityManagerFactoryCheckStarter(ObjectProvider<SubjectChecks> checks,
			ObjectProvider<CheckSettings> settings, ObjectProvider<MigrationTables> migrationTables,
			boolean deferredInitialization) {
		this.checks = checks;
		this.settings = settings;
		this.migrationTables = migrationTables;
		this.deferredInitialization = deferredInitialization;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof EntityManagerFactoryInfo info && info.getNativeEntityManagerFactory() != null) {
			start(info.getNativeEntityManagerFactory(), info.getDataSource(), unitName(info, beanName));
		}
		else if (bean instanceof EntityManagerFactory factory) {
			start(factory, null, beanName);
		}
		return bean;
	}

	/**
	 * Start reading the live schema of a persistence unit whose session factory Hibernate
	 * is building, where the build leaves the schema alone, for the unit's check to take.
	 * @param metadata the unit's boot metadata
	 * @param sessionFactory the session factory under construction
	 */
	void prefetch(Metadata metadata, SessionFactoryImplementor sessionFactory) {
		DataSource source = dataSourceOf(sessionFactory);
		if (source == null || this.deferredInitialization
				|| !SchemaToolingAction.leavesSchemaAlone(sessionFactory.getProperties())) {
			return;
		}
		// on this thread: Hibernate goes on with the metadata once this returns
		MappedNamespaces namespaces = MappedNamespaces.of(metadata);
		this.prefetches.put(sessionFactory, driftCheck().prefetch(source, namespaces::schemas));
	}

	private DriftCheck driftCheck() {
		return this.settings.getObject().driftCheck(this.migrationTables.getIfAvailable(MigrationTables::new).names());
	}

	private void start(EntityManagerFactory factory, @Nullable DataSource dataSource, String unit) {
		SessionFactory sessionFactory = unwrap(factory);
		if (sessionFactory == null) {
			return;
		}
		// taken whatever happens next, so that no unit keeps a read ahead it will not use
		LiveSchemaPrefetch prefetch = this.prefetches.remove(sessionFactory);
		if (!this.started.add(sessionFactory)) {
			return;
		}
		Metadata metadata = MetadataCapture.metadataOf(sessionFactory).orElse(null);
		DataSource source = (dataSource != null) ? dataSource : dataSourceOf(sessionFactory);
		if (metadata == null || source == null) {
			return;
		}
		PersistenceUnitCheck check = new PersistenceUnitCheck(unit, source, new HibernateExpectedSchema(metadata),
				driftCheck(), (prefetch != null && prefetch.dataSource() == source) ? prefetch : null);
		SubjectReport checked = SchemaValidationIntegrator.takeCheckedReport(sessionFactory).orElse(null);
		if (checked != null) {
			this.checks.getObject().handOver(check, checked);
		}
		else if (this.deferredInitialization) {
			this.checks.getObject().startLater(check);
		}
		else {
			this.checks.getObject().start(check);
		}
	}

	private static @Nullable SessionFactory unwrap(EntityManagerFactory factory) {
		try {
			return factory.unwrap(SessionFactory.class);
		}
		catch (RuntimeException ex) {
			// another JPA provider: there is no Hibernate metadata to check
			return null;
		}
	}

	private static @Nullable DataSource dataSourceOf(SessionFactory sessionFactory) {
		try {
			return ((SessionFactoryImplementor) sessionFactory).getServiceRegistry()
				.requireService(ConnectionProvider.class)
				.unwrap(DataSource.class);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String unitName(EntityManagerFactoryInfo info, String beanName) {
		String unit = info.getPersistenceUnitName();
		return (unit != null && !unit.isBlank()) ? unit : beanName;
	}

}
