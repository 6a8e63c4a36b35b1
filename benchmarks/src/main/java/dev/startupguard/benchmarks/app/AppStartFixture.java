package dev.startupguard.benchmarks.app;

import java.io.IOException;
import java.nio.file.Path;

import org.hibernate.boot.Metadata;

import dev.startupguard.benchmarks.BenchmarkDatabase;
import dev.startupguard.benchmarks.GeneratedMapping;

/**
 * Prepares and removes what {@code benchmarks/app-start.sh} starts
 * {@link GeneratedEntitiesApplication} against: {@code prepare} generates the entity
 * classes and their mapping of a number of tables into a class path directory, creates a
 * scratch database ({@code sg_bench_<random>}), lets Hibernate create the schema in it
 * and prints the database's name and JDBC URL; {@code drop} drops that database again.
 * <p>
 * Run with {@code java -cp benchmarks.jar dev.startupguard.benchmarks.app.AppStartFixture
 * prepare <postgresql|mariadb> <tables> <directory>} and
 * {@code ... drop <database> <name>}.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class AppStartFixture {

	private AppStartFixture() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 4 && "prepare".equals(args[0])) {
			prepare(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
		}
		else if (args.length == 3 && "drop".equals(args[0])) {
			BenchmarkDatabase.attach(args[1], args[2]).drop();
		}
		else {
			System.err.println("Usage: AppStartFixture prepare <postgresql|mariadb> <tables> <directory>");
			System.err.println("       AppStartFixture drop <postgresql|mariadb> <database name>");
			System.exit(2);
		}
	}

	private static void prepare(String kind, int tables, Path directory) throws IOException {
		if (!BenchmarkDatabase.isServer(kind)) {
			throw new IllegalArgumentException("The application starts need a server database, not " + kind);
		}
		GeneratedMapping mapping = GeneratedMapping.of(tables);
		mapping.writeTo(directory);
		// created here, dropped by the script's "drop": the starts run in other JVMs
		BenchmarkDatabase database = BenchmarkDatabase.create(kind);
		try {
			Metadata metadata = mapping.metadata(database.dataSource());
			try {
				GeneratedMapping.createSchema(metadata);
			}
			finally {
				GeneratedMapping.close(metadata);
			}
		}
		catch (RuntimeException ex) {
			database.close();
			throw ex;
		}
		System.out.println(database.name() + " " + database.url());
	}

}
