package dev.startupguard.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * {@link DataSource} that hands out one open connection again and again, and ignores
 * {@code close()} on it. At startup the guard and Hibernate take a connection from a warm
 * pool; opening a new one per check (a new server process on PostgreSQL) would measure
 * the connection, not the check, and would drown the difference between them.
 *
 * @author Startup Guard contributors
 */
final class SingleConnectionDataSource implements DataSource, AutoCloseable {

	private final Connection connection;

	private final Connection unclosable;

	SingleConnectionDataSource(DataSource target) throws SQLException {
		this.connection = target.getConnection();
		this.unclosable = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (method.getName().equals("close") && method.getParameterCount() == 0) {
						return null;
					}
					try {
						return method.invoke(this.connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

	@Override
	public Connection getConnection() {
		return this.unclosable;
	}

	@Override
	public Connection getConnection(String username, String password) {
		return this.unclosable;
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

	@Override
	public @Nullable PrintWriter getLogWriter() {
		return null;
	}

	@Override
	public void setLogWriter(PrintWriter out) {
	}

	@Override
	public void setLoginTimeout(int seconds) {
	}

	@Override
	public int getLoginTimeout() {
		return 0;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		if (type.isInstance(this)) {
			return type.cast(this);
		}
		throw new SQLException("Not a wrapper for " + type.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return type.isInstance(this);
	}

}
