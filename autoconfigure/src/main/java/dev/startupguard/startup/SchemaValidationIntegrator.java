package dev.startupguard.startup;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.cfg.PersistenceSettings;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

import dev.startupguard.check.PersistenceUnitCheck;
import dev.startupguard.check.ReportMaker;
import dev.startupguard.report.CheckObserver;
import dev.startupguard.report.DriftAction;
import dev.startupguard.report.Severity;
import dev.startupguard.report.StartDecision;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.expected.HibernateExpectedSchema;

/**
 * {@link Integrator} that takes over when a persistence unit asks Hibernate to validate
 * its schema: it checks the schema first, with the guard's complete comparison, and
 * refuses the start with every error at once, where Hibernate's validation would stop at
 * the first mismatch. When the guard finds no error, Hibernate validates as usual.
 * <p>
 * It acts only on persistence units configured by Startup Guard's auto-configuration,
 * which hands it the application's {@link CheckSettings} among the Hibernate properties.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class SchemaValidationIntegrator implements Integrator {

	/**
	 * Hibernate property under which the auto-configuration hands over the
	 * {@link CheckSettings}.
	 */
	public static final String SETTINGS_PROPERTY = "dev.startupguard.check-settings";

	// weak keys: a session factory that failed to build can be collected
	private static final Map<SessionFactory, SubjectReport> checkedAtValidation = Collections
		.synchronizedMap(new WeakHashMap<>());

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		Map<String, Object> properties = sessionFactory.getProperties();
		if (!(properties.get(SETTINGS_PROPERTY) instanceof CheckSettings settings)
				|| !SchemaToolingAction.validates(properties)) {
			return;
		}
		DataSource dataSource = sessionFactory.getServiceRegistry()
			.requireService(ConnectionProvider.class)
			.unwrap(DataSource.class);
		String unit = String.valueOf(properties.getOrDefault(PersistenceSettings.PERSISTENCE_UNIT_NAME, "default"));
		SubjectReport checked = new PersistenceUnitCheck(unit, dataSource, new HibernateExpectedSchema(metadata),
				settings.driftCheck())
			.run();
		SubjectReport report = new ReportMaker(settings.rules(), CheckObserver.NONE).judge(checked);
		// validation fails on errors whatever on-drift says: that is what the application
		// asked for
		StartDecision validation = new StartDecision(DriftAction.FAIL, Severity.ERROR,
				settings.decision().onCheckError());
		if (validation.refuses(report)) {
			throw new StartRefusedException(List.of(report), validation);
		}
		checkedAtValidation.put(sessionFactory, checked);
	}

	/**
	 * Return, once, the report of the check this integrator ran while the session factory
	 * was built, so that the start does not read the same schema again.
	 * @param sessionFactory the session factory
	 * @return the report as the check produced it, before the application's rules; empty
	 * when the unit was not validated
	 */
	static Optional<SubjectReport> takeCheckedReport(SessionFactory sessionFactory) {
		return Optional.ofNullable(checkedAtValidation.remove(sessionFactory));
	}

}
