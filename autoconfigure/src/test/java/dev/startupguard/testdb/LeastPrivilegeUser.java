package dev.startupguard.testdb;

import java.util.UUID;

import javax.sql.DataSource;

import dev.startupguard.schema.DatabaseFamily;

/**
 * A user of a scratch database with the least privilege an application that only reads
 * needs, as production should run the guard: on MariaDB {@code SELECT} on the database;
 * on PostgreSQL {@code CONNECT}, {@code USAGE} on {@code public} and {@code SELECT} on
 * its tables, optionally with {@code default_transaction_read_only = on}. Named
 * {@code sg_…} with a random suffix, and dropped on {@link #close()}.
 */
public final class LeastPrivilegeUser implements AutoCloseable {

	private final TestDatabase database;

	private final String name;

	private final String password = UUID.randomUUID().toString();

	private LeastPrivilegeUser(TestDatabase database, String purpose) {
		this.database = database;
		this.name = "sg_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Create a user that may read the tables of the database and nothing else.
	 * @param database the scratch database
	 * @return the user
	 */
	public static LeastPrivilegeUser reader(TestDatabase database) {
		LeastPrivilegeUser user = new LeastPrivilegeUser(database, "reader");
		if (database.family() == DatabaseFamily.POSTGRESQL) {
			database.execute("CREATE ROLE " + user.name + " LOGIN PASSWORD '" + user.password + "'",
					"GRANT CONNECT ON DATABASE " + database.name() + " TO " + user.name);
			user.grantOnSchema();
		}
		else {
			database.execute("CREATE USER '" + user.name + "'@'%' IDENTIFIED BY '" + user.password + "'",
					"GRANT SELECT ON " + database.name() + ".* TO '" + user.name + "'@'%'");
		}
		return user;
	}

	/**
	 * Create a PostgreSQL {@link #reader(TestDatabase) reader} whose transactions are
	 * read-only by default.
	 * @param database the scratch PostgreSQL database
	 * @return the user
	 */
	public static LeastPrivilegeUser readOnlyReader(TestDatabase database) {
		LeastPrivilegeUser user = reader(database);
		database.execute("ALTER ROLE " + user.name + " SET default_transaction_read_only = on");
		return user;
	}

	/**
	 * Grant the PostgreSQL user what it needs on {@code public} again, after the schema
	 * was dropped and created anew: {@code USAGE}, and {@code SELECT} on its tables,
	 * those there are and those to come.
	 */
	public void grantOnSchema() {
		if (this.database.family() == DatabaseFamily.POSTGRESQL) {
			this.database.execute("GRANT USAGE ON SCHEMA public TO " + this.name,
					"GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + this.name,
					"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO " + this.name);
		}
	}

	/**
	 * Return the user's name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return the JDBC URL of the database with this user's credentials.
	 * @return the URL
	 */
	public String url() {
		return this.database.url().replaceAll("user=[^&]*", "user=" + this.name + "&password=" + this.password);
	}

	/**
	 * Return a data source that logs in as this user.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return this.database.dataSource(this.name, this.password);
	}

	@Override
	public void close() {
		if (this.database.family() == DatabaseFamily.POSTGRESQL) {
			// revokes the grants and default privileges in this database, and CONNECT
			this.database.execute("DROP OWNED BY " + this.name, "DROP ROLE " + this.name);
		}
		else {
			this.database.execute("DROP USER '" + this.name + "'@'%'");
		}
	}

}
