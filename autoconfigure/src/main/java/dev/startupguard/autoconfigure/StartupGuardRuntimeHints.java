package dev.startupguard.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * {@link RuntimeHintsRegistrar} for a native image: Hibernate finds Startup Guard's
 * integrators through the {@code ServiceLoader}, which needs their service file and
 * constructors at run time.
 *
 * @author Startup Guard contributors
 */
class StartupGuardRuntimeHints implements RuntimeHintsRegistrar {

	private static final String INTEGRATOR_SERVICES = "META-INF/services/org.hibernate.integrator.spi.Integrator";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern(INTEGRATOR_SERVICES);
		for (String integrator : new String[] { "dev.startupguard.schema.expected.MetadataCapture",
				"dev.startupguard.startup.SchemaValidationIntegrator",
				"dev.startupguard.startup.LiveSchemaPrefetchIntegrator" }) {
			hints.reflection().registerType(TypeReference.of(integrator), MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS);
		}
	}

}
