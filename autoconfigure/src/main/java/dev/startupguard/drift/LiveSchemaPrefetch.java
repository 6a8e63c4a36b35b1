package dev.startupguard.drift;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.live.CheckDeadline;

/**
 * A read of the live schema started ahead of its check, on its own connection and thread,
 * for the check's first run to use instead of reading again: the read then overlaps
 * whatever the start does before the check can run. It is started only when nothing of
 * the start changes the schema between the read and the check. Made by
 * {@link DriftCheck#prefetch}.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class LiveSchemaPrefetch {

	private final DataSource dataSource;

	private final CompletableFuture<Read> read;

	private final AtomicBoolean taken = new AtomicBoolean();

	LiveSchemaPrefetch(DataSource dataSource, CompletableFuture<Read> read) {
		this.dataSource = dataSource;
		this.read = read;
	}

	/**
	 * Return the data source the read borrowed its connection from.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * Take the live schema read ahead, once: wait for the read no longer than the check's
	 * deadline, and use it only if it read the same database and every schema the check
	 * needs.
	 * @param database the database the check found
	 * @param schemas the schemas the check needs
	 * @param deadline the check's deadline
	 * @return the live schema, or {@code null} when the check must read it itself: the
	 * read failed, missed a schema, or was taken already
	 */
	@Nullable SchemaSnapshot take(DatabaseInfo database, Set<String> schemas, CheckDeadline deadline) {
		if (!this.taken.compareAndSet(false, true)) {
			return null;
		}
		try {
			Read read = this.read.get(Math.max(0, deadline.remaining().toNanos()), TimeUnit.NANOSECONDS);
			return (read.database().equals(database) && read.schemas().containsAll(schemas)) ? read.snapshot() : null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			// the check's own read reports whatever made this one fail
			return null;
		}
	}

	/**
	 * What a read ahead found.
	 *
	 * @param database the database it read
	 * @param schemas the schemas it read
	 * @param snapshot the live schema of those schemas
	 */
	record Read(DatabaseInfo database, Set<String> schemas, SchemaSnapshot snapshot) {

		Read {
			schemas = Set.copyOf(schemas);
		}

	}

}
