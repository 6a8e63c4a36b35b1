/**
 * The snapshot of the schema the migrations build: its capture on a freshly migrated
 * database, its JSON file, and its comparison with the live schema at run time.
 */
@NullMarked
package dev.startupguard.snapshot;

import org.jspecify.annotations.NullMarked;
