package dev.startupguard.schema.live;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.startupguard.schema.DatabaseFamily;

/**
 * A connection borrowed from a {@link DataSource} to read the catalog: the inspection and
 * the reads run in one read-only transaction of the session's own where the driver allows
 * it, and {@link #close()} hands the connection back as it was found, with the same
 * auto-commit, read-only and isolation settings and no transaction of the session's left
 * open. The session never commits and never changes the isolation level.
 * <ul>
 * <li>With no transaction open, it starts its own read-only transaction and rolls it
 * back: {@code START TRANSACTION READ ONLY} on MySQL and MariaDB, which leaves the
 * session's own read-only setting alone; auto-commit off and
 * {@link Connection#setReadOnly(boolean) read-only} on elsewhere.</li>
 * <li>Inside a transaction it did not start (a pool or a transaction manager that hands
 * out connections mid-transaction), it neither ends that transaction nor changes its
 * read-only mode, which drivers refuse mid-transaction: it reads behind a savepoint (read
 * only on PostgreSQL) and rolls back to it, so the transaction goes on as it was, even
 * after a failed query. Where it cannot tell whether a transaction is open (auto-commit
 * off on MySQL, H2 and other databases), it assumes one is.</li>
 * </ul>
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class ReadOnlyCatalogSession implements AutoCloseable {

	// SQLSTATE "active SQL transaction": pgjdbc refuses read-only mid-transaction with it
	private static final String ACTIVE_TRANSACTION = "25001";

	private final Connection connection;

	private final DatabaseFamily family;

	private final boolean autoCommit;

	private final boolean readOnly;

	private final Transaction transaction;

	private final @Nullable Savepoint savepoint;

	private ReadOnlyCatalogSession(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		this.connection = connection;
		this.family = DatabaseFamily.fromProductName(metaData.getDatabaseProductName());
		this.autoCommit = connection.getAutoCommit();
		this.readOnly = connection.isReadOnly();
		this.transaction = begin(metaData.getDatabaseProductName());
		this.savepoint = (this.transaction == Transaction.JOINED && metaData.supportsSavepoints()) ? savepoint() : null;
	}

	/**
	 * Borrow a connection from the data source and start reading.
	 * @param dataSource the data source; a routing data source gives the connection of
	 * whichever target its lookup chooses on this thread
	 * @return the session, to be closed
	 * @throws SQLException if no connection can be had or set up
	 */
	public static ReadOnlyCatalogSession open(DataSource dataSource) throws SQLException {
		Connection connection = dataSource.getConnection();
		try {
			return new ReadOnlyCatalogSession(connection);
		}
		catch (SQLException | RuntimeException ex) {
			try {
				connection.close();
			}
			catch (SQLException closeEx) {
				ex.addSuppressed(closeEx);
			}
			throw ex;
		}
	}

	/**
	 * Return the connection to read through; it must not be closed or reconfigured.
	 * @return the connection
	 */
	public Connection connection() {
		return this.connection;
	}

	private Transaction begin(String productName) throws SQLException {
		if (this.family == DatabaseFamily.MYSQL && (this.autoCommit || !inMariaDbTransaction(productName))) {
			// setReadOnly would set, and then clear, the session's own read-only mode
			execute("START TRANSACTION READ ONLY");
			return Transaction.STARTED;
		}
		if (this.autoCommit) {
			// first, so that pgjdbc makes the transaction read-only rather than the
			// session
			this.connection.setAutoCommit(false);
			this.connection.setReadOnly(true);
			return Transaction.OWN;
		}
		if (this.family == DatabaseFamily.POSTGRESQL && setReadOnlyOutsideTransaction()) {
			return Transaction.OWN;
		}
		return Transaction.JOINED;
	}

	private boolean inMariaDbTransaction(String productName) throws SQLException {
		if (!productName.equalsIgnoreCase("MariaDB")) {
			return true;
		}
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT @@in_transaction")) {
			return !result.next() || result.getInt(1) != 0;
		}
	}

	private boolean setReadOnlyOutsideTransaction() throws SQLException {
		try {
			// pgjdbc refuses it inside a transaction, even to the value it already has
			this.connection.setReadOnly(true);
			return true;
		}
		catch (SQLException ex) {
			if (ACTIVE_TRANSACTION.equals(ex.getSQLState())) {
				return false;
			}
			throw ex;
		}
	}

	private Savepoint savepoint() throws SQLException {
		Savepoint savepoint = this.connection.setSavepoint();
		if (this.family == DatabaseFamily.POSTGRESQL) {
			// undone by the rollback to the savepoint, like the rest of the session's
			// work
			execute("SET LOCAL transaction_read_only = on");
		}
		return savepoint;
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * End the session's transaction without committing, restore the connection's settings
	 * and close it, which hands it back to its pool.
	 * @throws SQLException if the connection cannot be restored or closed
	 */
	@Override
	public void close() throws SQLException {
		try {
			switch (this.transaction) {
				case STARTED -> execute("ROLLBACK");
				case OWN -> {
					this.connection.rollback();
					// read-only before auto-commit, in the order begin set them
					this.connection.setReadOnly(this.readOnly);
					this.connection.setAutoCommit(this.autoCommit);
				}
				case JOINED -> {
					if (this.savepoint != null) {
						this.connection.rollback(this.savepoint);
						this.connection.releaseSavepoint(this.savepoint);
					}
				}
			}
		}
		finally {
			this.connection.close();
		}
	}

	private enum Transaction {

		/**
		 * Started with a statement, ended with {@code ROLLBACK}.
		 */
		STARTED,

		/**
		 * Started through auto-commit and read-only, ended with a rollback.
		 */
		OWN,

		/**
		 * Someone else's, read behind a savepoint where the driver supports them.
		 */
		JOINED

	}

}
