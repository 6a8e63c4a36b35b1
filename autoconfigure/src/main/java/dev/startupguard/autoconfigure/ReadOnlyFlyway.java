package dev.startupguard.autoconfigure;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Builds a {@link Flyway} that the guard only reads from, for an application that does
 * not let Flyway migrate at startup ({@code spring.flyway.enabled=false}, so Spring Boot
 * creates no Flyway bean): the same history table, locations, naming, placeholders and
 * patterns as {@code spring.flyway.*} describe, on the same database. It is never a bean,
 * so nothing else can migrate with it, and it skips the SQL callbacks of the locations,
 * so reading it runs none of the application's scripts.
 *
 * @author Startup Guard contributors
 */
final class ReadOnlyFlyway {

	private ReadOnlyFlyway() {
	}

	static Flyway of(Environment environment, DataSource dataSource, @Nullable ClassLoader classLoader) {
		FlywayProperties properties = Binder.get(environment).bindOrCreate("spring.flyway", FlywayProperties.class);
		FluentConfiguration configuration = (classLoader != null) ? Flyway.configure(classLoader) : Flyway.configure();
		if (StringUtils.hasText(properties.getUrl())) {
			configuration.dataSource(properties.getUrl(), properties.getUser(), properties.getPassword());
		}
		else {
			configuration.dataSource(dataSource);
		}
		configuration.locations(properties.getLocations().toArray(String[]::new))
			.table(properties.getTable())
			.schemas(properties.getSchemas().toArray(String[]::new))
			.sqlMigrationPrefix(properties.getSqlMigrationPrefix())
			.sqlMigrationSeparator(properties.getSqlMigrationSeparator())
			.sqlMigrationSuffixes(properties.getSqlMigrationSuffixes().toArray(String[]::new))
			.repeatableSqlMigrationPrefix(properties.getRepeatableSqlMigrationPrefix())
			.placeholderReplacement(properties.isPlaceholderReplacement())
			.placeholderPrefix(properties.getPlaceholderPrefix())
			.placeholderSuffix(properties.getPlaceholderSuffix())
			.placeholderSeparator(properties.getPlaceholderSeparator())
			.placeholders(properties.getPlaceholders())
			.baselineVersion(properties.getBaselineVersion())
			.baselineOnMigrate(properties.isBaselineOnMigrate())
			.outOfOrder(properties.isOutOfOrder())
			.encoding(properties.getEncoding())
			.skipDefaultCallbacks(true)
			.cleanDisabled(true)
			.failOnMissingLocations(false);
		if (properties.getDefaultSchema() != null) {
			configuration.defaultSchema(properties.getDefaultSchema());
		}
		if (properties.getIgnoreMigrationPatterns() != null) {
			configuration.ignoreMigrationPatterns(properties.getIgnoreMigrationPatterns().toArray(String[]::new));
		}
		if (properties.getTarget() != null) {
			configuration.target(properties.getTarget());
		}
		return configuration.load();
	}

}
