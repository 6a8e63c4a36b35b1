package dev.startupguard.zoo;

import java.util.function.Function;

import org.hibernate.boot.Metadata;

import dev.startupguard.schema.ExpectedSchemaSource;
import dev.startupguard.schema.expected.HibernateExpectedSchema;
import dev.startupguard.testdb.LeastPrivilegeUser;
import dev.startupguard.testdb.TestDatabase;

/**
 * The type zoo's schema, created by Hibernate on a scratch database, with a
 * least-privilege user to check it as. Closing it drops the user and the database.
 */
public final class LeastPrivilegeZoo implements AutoCloseable {

	private final TestDatabase database;

	private final Metadata metadata;

	private final LeastPrivilegeUser user;

	private LeastPrivilegeZoo(TestDatabase database, Function<TestDatabase, LeastPrivilegeUser> user) {
		this.database = database;
		this.metadata = ZooMapping.metadata(database);
		ZooMapping.createSchema(this.metadata);
		this.user = user.apply(database);
	}

	/**
	 * Create the zoo's schema and a {@link LeastPrivilegeUser#reader(TestDatabase)
	 * reader}.
	 * @param database the scratch database
	 * @return the zoo
	 */
	public static LeastPrivilegeZoo create(TestDatabase database) {
		return create(database, LeastPrivilegeUser::reader);
	}

	/**
	 * Create the zoo's schema and a user to check it as.
	 * @param database the scratch database
	 * @param user how to create the user
	 * @return the zoo
	 */
	public static LeastPrivilegeZoo create(TestDatabase database, Function<TestDatabase, LeastPrivilegeUser> user) {
		return new LeastPrivilegeZoo(database, user);
	}

	/**
	 * Return the scratch database.
	 * @return the database
	 */
	public TestDatabase database() {
		return this.database;
	}

	/**
	 * Return the least-privilege user.
	 * @return the user
	 */
	public LeastPrivilegeUser user() {
		return this.user;
	}

	/**
	 * Return what the zoo's entities expect.
	 * @return the expected schema
	 */
	public ExpectedSchemaSource expected() {
		return new HibernateExpectedSchema(this.metadata);
	}

	@Override
	public void close() {
		ZooMapping.close(this.metadata);
		this.user.close();
		this.database.close();
	}

}
