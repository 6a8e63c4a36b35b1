/**
 * Database-neutral model of a relational schema: tables, columns, types, keys, indexes
 * and sequences, with the identifier rules of the database they come from.
 */
@NullMarked
package dev.startupguard.schema;

import org.jspecify.annotations.NullMarked;
