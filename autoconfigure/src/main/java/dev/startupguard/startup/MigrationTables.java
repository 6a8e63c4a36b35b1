package dev.startupguard.startup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.env.Environment;

/**
 * The names of the tables in which the application's migration tools record their work,
 * so that the drift check never reports them as unmapped, whatever they are named. Seeded
 * from Spring Boot's properties ({@code spring.flyway.table} and Liquibase's tables),
 * then each migration tool bean adds its own table as it is created, which is before any
 * persistence unit that depends on its migrations.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class MigrationTables {

	private static final List<String> PROPERTIES = List.of("spring.flyway.table",
			"spring.liquibase.database-change-log-table", "spring.liquibase.database-change-log-lock-table");

	private final Set<String> names = new LinkedHashSet<>();

	/**
	 * Create the tables named by the application's migration tool properties.
	 * @param environment the environment
	 * @return the tables
	 */
	public static MigrationTables of(Environment environment) {
		MigrationTables tables = new MigrationTables();
		PROPERTIES.stream().map(environment::getProperty).filter((name) -> name != null).forEach(tables::add);
		return tables;
	}

	/**
	 * Add the table of a migration tool.
	 * @param name the table's name
	 */
	public synchronized void add(String name) {
		if (!name.isBlank()) {
			this.names.add(name);
		}
	}

	/**
	 * Return the tables known so far.
	 * @return their names
	 */
	public synchronized Collection<String> names() {
		return new ArrayList<>(this.names);
	}

}
