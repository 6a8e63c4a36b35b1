/**
 * Reads the live schema of a database in bulk: a fixed number of catalog queries per
 * check, whatever the number of tables, read-only and bounded by a timeout.
 */
@NullMarked
package dev.startupguard.schema.live;

import org.jspecify.annotations.NullMarked;
