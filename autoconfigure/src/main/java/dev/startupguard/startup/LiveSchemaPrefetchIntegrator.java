package dev.startupguard.startup;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * {@link Integrator} that hands each persistence unit's metadata, as soon as Hibernate
 * has it, to the {@link EntityManagerFactoryCheckStarter} that the auto-configuration put
 * among the unit's Hibernate properties, so that the unit's live schema is read while
 * Hibernate builds the rest of the session factory. Units that were not configured by
 * Startup Guard's auto-configuration are left alone.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class LiveSchemaPrefetchIntegrator implements Integrator {

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		if (sessionFactory.getProperties()
			.get(EntityManagerFactoryCheckStarter.PROPERTY) instanceof EntityManagerFactoryCheckStarter starter) {
			starter.prefetch(metadata, sessionFactory);
		}
	}

}
