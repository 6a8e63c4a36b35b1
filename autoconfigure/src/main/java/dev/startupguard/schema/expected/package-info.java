/**
 * Reads the schema the entities expect from Hibernate's boot metadata, with the types the
 * dialect resolves and the names the physical naming strategy produced.
 */
@NullMarked
package dev.startupguard.schema.expected;

import org.jspecify.annotations.NullMarked;
