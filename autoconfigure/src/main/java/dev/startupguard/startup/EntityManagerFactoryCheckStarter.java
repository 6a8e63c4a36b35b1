package dev.startupguard.startup;

import java.util.Collections;
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
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.expected.HibernateExpectedSchema;
import dev.startupguard.schema.expected.MetadataCapture;

/**
 * {@link BeanPostProcessor} that starts the drift check of each Hibernate persistence
 * unit as soon as its {@link EntityManagerFactory} is built, with the metadata it was
 * built from and the data source it uses.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class EntityManagerFactoryCheckStarter implements BeanPostProcessor {

	private final ObjectProvider<SubjectChecks> checks;

	private final ObjectProvider<CheckSettings> settings;

	private final ObjectProvider<MigrationTables> migrationTables;

	// the factory bean and the proxy it exposes are the same unit: check it once
	private final Set<SessionFactory> started = Collections
		.newSetFromMap(Collections.synchronizedMap(new WeakHashMap<>()));

	/**
	 * Create a starter.
	 * @param checks the checks to start the units' checks in
	 * @param settings how to check each unit
	 * @param migrationTables the migration tools' tables, which the drift checks leave
	 * out
	 */
	public EntityManagerFactoryCheckStarter(ObjectProvider<SubjectChecks> checks,
			ObjectProvider<CheckSettings> settings, ObjectProvider<MigrationTables> migrationTables) {
		this.checks = checks;
		this.settings = settings;
		this.migrationTables = migrationTables;
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

	private void start(EntityManagerFactory factory, @Nullable DataSource dataSource, String unit) {
		SessionFactory sessionFactory = unwrap(factory);
		if (sessionFactory == null || !this.started.add(sessionFactory)) {
			return;
		}
		Metadata metadata = MetadataCapture.metadataOf(sessionFactory).orElse(null);
		DataSource source = (dataSource != null) ? dataSource : dataSourceOf(sessionFactory);
		if (metadata == null || source == null) {
			return;
		}
		PersistenceUnitCheck check = new PersistenceUnitCheck(unit, source, new HibernateExpectedSchema(metadata),
				this.settings.getObject()
					.driftCheck(this.migrationTables.getIfAvailable(MigrationTables::new).names()));
		SubjectReport checked = SchemaValidationIntegrator.takeCheckedReport(sessionFactory).orElse(null);
		if (checked != null) {
			this.checks.getObject().handOver(check, checked);
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
