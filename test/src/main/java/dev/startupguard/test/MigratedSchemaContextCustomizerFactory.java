package dev.startupguard.test;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * {@link ContextCustomizerFactory} that prepares the context of a
 * {@link MigratedSchemaTest @MigratedSchemaTest}: its database and the settings that keep
 * anything but the migrations from building the schema.
 *
 * @author Startup Guard contributors
 */
class MigratedSchemaContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		MigratedSchemaTest annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				MigratedSchemaTest.class);
		return (annotation != null) ? new MigratedSchemaContextCustomizer(annotation.databaseUrl(),
				annotation.allowEmbedded(), annotation.writeSnapshot() ? annotation.snapshotDirectory() : null) : null;
	}

}
