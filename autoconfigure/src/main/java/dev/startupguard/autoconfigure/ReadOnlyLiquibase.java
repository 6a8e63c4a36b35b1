package dev.startupguard.autoconfigure;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringResourceAccessor;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

import dev.startupguard.migration.liquibase.LiquibaseSettings;

/**
 * Describes the changelog that {@code spring.liquibase.*} configures, for an application
 * that does not let Liquibase run at startup ({@code spring.liquibase.enabled=false}, so
 * Spring Boot creates no Liquibase bean): the same changelog, contexts, labels,
 * parameters, schemas and tables, on the same database (its own {@code url} and
 * {@code user} where set, as Spring Boot would). Nothing is created that could update.
 *
 * @author Startup Guard contributors
 */
final class ReadOnlyLiquibase {

	private ReadOnlyLiquibase() {
	}

	static LiquibaseSettings of(Environment environment, DataSource dataSource, ResourceLoader resourceLoader) {
		LiquibaseProperties properties = Binder.get(environment)
			.bindOrCreate("spring.liquibase", LiquibaseProperties.class);
		Map<String, String> parameters = properties.getParameters();
		return new LiquibaseSettings(properties.getChangeLog(), () -> new SpringResourceAccessor(resourceLoader),
				dataSource(properties, dataSource), commaSeparated(properties.getContexts()),
				commaSeparated(properties.getLabelFilter()), properties.getDefaultSchema(),
				properties.getLiquibaseSchema(), properties.getDatabaseChangeLogTable(),
				properties.getDatabaseChangeLogLockTable(), (parameters != null) ? parameters : Map.of(), null);
	}

	private static DataSource dataSource(LiquibaseProperties properties, DataSource dataSource) {
		if (!StringUtils.hasText(properties.getUrl()) && !StringUtils.hasText(properties.getUser())) {
			return dataSource;
		}
		DataSourceBuilder<?> builder = StringUtils.hasText(properties.getUrl())
				? DataSourceBuilder.create().url(properties.getUrl()) : DataSourceBuilder.derivedFrom(dataSource);
		builder.type(SimpleDriverDataSource.class);
		if (StringUtils.hasText(properties.getUser())) {
			builder.username(properties.getUser()).password(properties.getPassword());
		}
		if (StringUtils.hasText(properties.getDriverClassName())) {
			builder.driverClassName(properties.getDriverClassName());
		}
		return builder.build();
	}

	private static @Nullable String commaSeparated(@Nullable List<String> values) {
		return (values != null && !values.isEmpty()) ? String.join(",", values) : null;
	}

}
