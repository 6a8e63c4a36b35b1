package dev.startupguard.testdb;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a {@link Connection} to count the round trips that read from the database: every
 * statement execution and every {@link DatabaseMetaData} call that returns a result set.
 * It also keeps the SQL and the parameters of each prepared statement executed.
 */
public final class StatementCounter {

	private final AtomicInteger count = new AtomicInteger();

	private final List<PreparedQuery> prepared = new CopyOnWriteArrayList<>();

	/**
	 * Return the number of queries counted so far.
	 * @return the count
	 */
	public int count() {
		return this.count.get();
	}

	/**
	 * Return the prepared statements executed so far, in order.
	 * @return their SQL and parameters
	 */
	public List<PreparedQuery> preparedQueries() {
		return List.copyOf(this.prepared);
	}

	/**
	 * Wrap a connection so that its queries are counted.
	 * @param connection the connection
	 * @return the counting connection
	 */
	public Connection wrap(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			Object result = invoke(target, method, args);
			if (result instanceof CallableStatement statement) {
				return proxy(CallableStatement.class, statement, this::countExecutions);
			}
			if (result instanceof PreparedStatement statement) {
				PreparedQuery query = new PreparedQuery((String) args[0], new TreeMap<>());
				return proxy(PreparedStatement.class, statement, (statementTarget, statementMethod, statementArgs) -> {
					if (statementMethod.getName().startsWith("set") && statementArgs != null
							&& statementArgs.length == 2 && statementArgs[0] instanceof Integer index) {
						query.parameters().put(index, statementArgs[1]);
					}
					if (statementMethod.getName().startsWith("execute")) {
						this.prepared.add(new PreparedQuery(query.sql(), new TreeMap<>(query.parameters())));
					}
					return countExecutions(statementTarget, statementMethod, statementArgs);
				});
			}
			if (result instanceof Statement statement) {
				return proxy(Statement.class, statement, this::countExecutions);
			}
			if (result instanceof DatabaseMetaData metaData) {
				return proxy(DatabaseMetaData.class, metaData, (metaTarget, metaMethod, metaArgs) -> {
					if (ResultSet.class.isAssignableFrom(metaMethod.getReturnType())) {
						this.count.incrementAndGet();
					}
					return invoke(metaTarget, metaMethod, metaArgs);
				});
			}
			return result;
		});
	}

	private Object countExecutions(Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().startsWith("execute")) {
			this.count.incrementAndGet();
		}
		return invoke(target, method, args);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, Object target, Handler handler) {
		InvocationHandler invocationHandler = (proxy, method, args) -> handler.handle(target, method, args);
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
				invocationHandler);
	}

	@FunctionalInterface
	private interface Handler {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

	/**
	 * A prepared statement as executed.
	 *
	 * @param sql its SQL
	 * @param parameters its parameters by index
	 */
	public record PreparedQuery(String sql, SortedMap<Integer, Object> parameters) {

	}

}
