package dev.startupguard.migration.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.RuntimeEnvironment;
import liquibase.Scope;
import liquibase.changelog.ChangeLogIterator;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.StandardChangeLogHistoryService;
import liquibase.changelog.filter.ChangeSetFilterResult;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.IgnoreChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.changelog.visitor.ChangeSetVisitor;
import liquibase.changelog.visitor.ValidatingVisitor;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.executor.ExecutorService;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.StandardLockService;
import liquibase.logging.LogService;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import liquibase.structure.core.Catalog;
import liquibase.structure.core.Schema;
import liquibase.ui.LoggerUIService;
import org.jspecify.annotations.Nullable;

/**
 * A changelog read against its database the way the application's Liquibase reads it, on
 * a borrowed connection that is read-only where the driver allows it and is handed back
 * as it was found.
 * <p>
 * Only what reads is used: the changelog is parsed with no database in Liquibase's scope,
 * since an include parsed with one initialises (creates or upgrades) the changelog table;
 * the applied changesets and the locks are read by a history service and a lock service
 * of the session's own, never initialised and never registered with Liquibase's
 * factories, so nothing of a check outlives it. Nothing runs {@code update},
 * {@code rollback}, {@code drop-all}, {@code clear-checksums} or takes the lock.
 *
 * @author Startup Guard contributors
 */
final class ChangeLogSession implements AutoCloseable {

	// SQLSTATE "active SQL transaction": pgjdbc refuses read-only mid-transaction with it
	private static final String ACTIVE_TRANSACTION = "25001";

	private final Connection connection;

	private final boolean autoCommit;

	private final boolean readOnly;

	private final ResourceAccessor resources;

	private final Database database;

	private final LiquibaseSettings settings;

	private final DatabaseChangeLog changeLog;

	private final List<RanChangeSet> ran;

	// walked once per session: the changelog and the filters do not change within it
	private @Nullable List<ChangeSet> selected;

	private ChangeLogSession(Connection connection, ResourceAccessor resources, LiquibaseSettings settings)
			throws Exception {
		this.connection = connection;
		this.autoCommit = connection.getAutoCommit();
		this.readOnly = connection.isReadOnly();
		this.resources = resources;
		this.settings = settings;
		readOnly(connection);
		Map<String, Object> quiet = new HashMap<>();
		quiet(quiet);
		this.database = Scope.child(quiet, () -> database(connection, settings));
		this.changeLog = parse();
		StandardChangeLogHistoryService history = new StandardChangeLogHistoryService();
		history.setDatabase(this.database);
		this.ran = List.copyOf(inScope(history::getRanChangeSets));
	}

	/**
	 * Borrow a connection and read the changelog and the changesets applied.
	 * @param settings what to read
	 * @return the session, to be closed
	 * @throws Exception when the database or the changelog cannot be read
	 */
	static ChangeLogSession open(LiquibaseSettings settings) throws Exception {
		Connection connection = settings.dataSource().getConnection();
		ResourceAccessor resources = settings.resources().get();
		try {
			return new ChangeLogSession(connection, resources, settings);
		}
		catch (Exception ex) {
			closeQuietly(resources, ex);
			try {
				connection.close();
			}
			catch (SQLException closeEx) {
				ex.addSuppressed(closeEx);
			}
			throw ex;
		}
	}

	private static void readOnly(Connection connection) throws SQLException {
		try {
			connection.setReadOnly(true);
		}
		catch (SQLException ex) {
			// a pool that hands out connections inside a transaction: the session only
			// reads, and leaves that transaction as it is
			if (!ACTIVE_TRANSACTION.equals(ex.getSQLState())) {
				throw ex;
			}
		}
	}

	private static Database database(Connection connection, LiquibaseSettings settings) throws LiquibaseException {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		if (settings.defaultSchema() != null && !settings.defaultSchema().isBlank()) {
			if (database.supports(Schema.class)) {
				database.setDefaultSchemaName(settings.defaultSchema());
			}
			else if (database.supports(Catalog.class)) {
				database.setDefaultCatalogName(settings.defaultSchema());
			}
		}
		if (settings.liquibaseSchema() != null && !settings.liquibaseSchema().isBlank()) {
			if (database.supports(Schema.class)) {
				database.setLiquibaseSchemaName(settings.liquibaseSchema());
			}
			else if (database.supports(Catalog.class)) {
				database.setLiquibaseCatalogName(settings.liquibaseSchema());
			}
		}
		database.setDatabaseChangeLogTableName(settings.changeLogTableName());
		database.setDatabaseChangeLogLockTableName(settings.lockTableName());
		return database;
	}

	private DatabaseChangeLog parse() throws Exception {
		Map<String, Object> scope = new HashMap<>();
		scope.put(Scope.Attr.resourceAccessor.name(), this.resources);
		quiet(scope);
		return Scope.child(scope, () -> {
			ChangeLogParameters parameters = new ChangeLogParameters(this.database);
			this.settings.parameters().forEach(parameters::set);
			parameters.setContexts(new Contexts(this.settings.contexts()));
			parameters.setLabels(new LabelExpression(this.settings.labelFilter()));
			return ChangeLogParserFactory.getInstance()
				.getParser(this.settings.changeLog(), this.resources)
				.parse(this.settings.changeLog(), parameters, this.resources);
		});
	}

	/**
	 * Run Liquibase code with the session's database and resources in its scope.
	 * @param <T> what the code returns
	 * @param work the code
	 * @return what it returned
	 * @throws Exception what it threw
	 */
	<T> T inScope(Scope.ScopedRunnerWithReturn<T> work) throws Exception {
		Map<String, Object> scope = new HashMap<>();
		scope.put(Scope.Attr.database.name(), this.database);
		scope.put(Scope.Attr.resourceAccessor.name(), this.resources);
		quiet(scope);
		return Scope.child(scope, work);
	}

	private static void quiet(Map<String, Object> scope) {
		scope.put(Scope.Attr.ui.name(), new LoggerUIService());
		scope.put(Scope.Attr.logService.name(),
				new WarningsOnlyLogService(Scope.getCurrentScope().get(Scope.Attr.logService, LogService.class)));
	}

	Database database() {
		return this.database;
	}

	DatabaseChangeLog changeLog() {
		return this.changeLog;
	}

	/**
	 * Return the changesets recorded in the changelog table, in the order they ran.
	 * @return the applied changesets
	 */
	List<RanChangeSet> ran() {
		return this.ran;
	}

	/**
	 * Return the changesets of the changelog that the application's Liquibase considers:
	 * those its contexts, labels and databases select, and not marked ignored.
	 * @return the changesets, in changelog order
	 * @throws Exception when the changelog cannot be walked
	 */
	List<ChangeSet> selected() throws Exception {
		if (this.selected != null) {
			return this.selected;
		}
		List<ChangeSet> selected = new ArrayList<>();
		inScope(() -> {
			new ChangeLogIterator(this.changeLog, new ContextChangeSetFilter(new Contexts(this.settings.contexts())),
					new LabelChangeSetFilter(new LabelExpression(this.settings.labelFilter())),
					new DbmsChangeSetFilter(this.database), new IgnoreChangeSetFilter())
				.run(new Collector(selected), environment());
			return null;
		});
		this.selected = List.copyOf(selected);
		return this.selected;
	}

	/**
	 * Validate the changelog as Liquibase does before it updates: checksums of applied
	 * changesets, duplicates, the changelog's own preconditions, the changes' own
	 * validation.
	 * @return the validation, read but never thrown
	 * @throws Exception when the changelog cannot be walked
	 */
	ValidatingVisitor validate() throws Exception {
		ValidatingVisitor visitor = new ValidatingVisitor(this.ran);
		inScope(() -> {
			visitor.validate(this.database, this.changeLog);
			new ChangeLogIterator(this.changeLog, new DbmsChangeSetFilter(this.database),
					new ContextChangeSetFilter(new Contexts(this.settings.contexts())),
					new LabelChangeSetFilter(new LabelExpression(this.settings.labelFilter())))
				.run(visitor, environment());
			return null;
		});
		return visitor;
	}

	/**
	 * Return the locks held in the lock table, without taking or initialising it.
	 * @return the locks, empty when the table does not exist
	 * @throws Exception when the table cannot be read
	 */
	List<DatabaseChangeLogLock> locks() throws Exception {
		StandardLockService locks = new StandardLockService();
		locks.setDatabase(this.database);
		return List.of(inScope(locks::listLocks));
	}

	private RuntimeEnvironment environment() {
		return new RuntimeEnvironment(this.database, new Contexts(this.settings.contexts()),
				new LabelExpression(this.settings.labelFilter()));
	}

	/**
	 * End the session without committing, restore the connection's settings and hand it
	 * back.
	 * @throws Exception when the connection cannot be restored or closed
	 */
	@Override
	public void close() throws Exception {
		try {
			Scope.getCurrentScope().getSingleton(ExecutorService.class).clearExecutor("jdbc", this.database);
			if (!this.connection.getAutoCommit()) {
				this.connection.rollback();
			}
			if (this.connection.isReadOnly() != this.readOnly) {
				this.connection.setReadOnly(this.readOnly);
			}
			if (this.connection.getAutoCommit() != this.autoCommit) {
				this.connection.setAutoCommit(this.autoCommit);
			}
		}
		finally {
			try {
				this.resources.close();
			}
			finally {
				this.connection.close();
			}
		}
	}

	private static void closeQuietly(AutoCloseable closeable, Exception failure) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			failure.addSuppressed(ex);
		}
	}

	/**
	 * Collects the changesets the filters accept.
	 */
	private static final class Collector implements ChangeSetVisitor {

		private final List<ChangeSet> changeSets;

		Collector(List<ChangeSet> changeSets) {
			this.changeSets = changeSets;
		}

		@Override
		public Direction getDirection() {
			return Direction.FORWARD;
		}

		@Override
		public void visit(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, @Nullable Database database,
				Set<ChangeSetFilterResult> filterResults) {
			this.changeSets.add(changeSet);
		}

	}

}
