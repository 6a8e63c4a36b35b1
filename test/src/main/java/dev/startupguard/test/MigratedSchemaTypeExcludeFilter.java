package dev.startupguard.test;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/**
 * {@link TypeExcludeFilter} for {@link MigratedSchemaTest @MigratedSchemaTest}: the
 * application's own components stay out unless the annotation includes them, since the
 * entities and migrations are all the check needs.
 *
 * @author Startup Guard contributors
 */
class MigratedSchemaTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<MigratedSchemaTest> {

	MigratedSchemaTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

}
