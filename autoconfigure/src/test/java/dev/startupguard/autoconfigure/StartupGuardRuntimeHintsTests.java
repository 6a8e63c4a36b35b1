package dev.startupguard.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

import dev.startupguard.schema.expected.MetadataCapture;
import dev.startupguard.startup.LiveSchemaPrefetchIntegrator;
import dev.startupguard.startup.SchemaValidationIntegrator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StartupGuardRuntimeHints}.
 */
class StartupGuardRuntimeHintsTests {

	@Test
	void registersTheIntegratorsForTheServiceLoader() {
		RuntimeHints hints = new RuntimeHints();
		new StartupGuardRuntimeHints().registerHints(hints, getClass().getClassLoader());
		assertThat(RuntimeHintsPredicates.resource()
			.forResource("META-INF/services/org.hibernate.integrator.spi.Integrator")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(MetadataCapture.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(SchemaValidationIntegrator.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(LiveSchemaPrefetchIntegrator.class)).accepts(hints);
	}

}
