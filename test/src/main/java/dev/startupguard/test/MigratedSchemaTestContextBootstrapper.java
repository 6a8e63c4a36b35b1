package dev.startupguard.test;

import org.springframework.boot.test.context.SpringBootTestContextBootstrapper;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestContextBootstrapper;

/**
 * {@link TestContextBootstrapper} for {@link MigratedSchemaTest @MigratedSchemaTest}:
 * adds the annotation's properties to the environment.
 *
 * @author Startup Guard contributors
 */
class MigratedSchemaTestContextBootstrapper extends SpringBootTestContextBootstrapper {

	@Override
	protected String[] getProperties(Class<?> testClass) {
		MigratedSchemaTest annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				MigratedSchemaTest.class);
		return (annotation != null) ? annotation.properties() : new String[0];
	}

}
