package dev.startupguard.schema.expected;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * {@link Integrator} that keeps each session factory's boot {@link Metadata}, which
 * Hibernate otherwise drops once the session factory is built. Hibernate finds it through
 * the {@code ServiceLoader}, next to any integrator of the application's own: no
 * single-valued extension point is taken, and nothing is bootstrapped twice.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class MetadataCapture implements Integrator {

	// weak keys: a closed session factory and its metadata can be collected
	private static final Map<SessionFactory, Metadata> captured = Collections.synchronizedMap(new WeakHashMap<>());

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		captured.put(sessionFactory, metadata);
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
		captured.remove(sessionFactory);
	}

	/**
	 * Return the boot metadata a session factory was built from.
	 * @param sessionFactory the session factory
	 * @return its metadata, empty when it was built before this integrator was on the
	 * class path
	 */
	public static Optional<Metadata> metadataOf(SessionFactory sessionFactory) {
		return Optional.ofNullable(captured.get(sessionFactory));
	}

}
