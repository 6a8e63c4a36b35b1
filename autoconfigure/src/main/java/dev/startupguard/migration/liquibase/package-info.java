/**
 * Migration state of Liquibase changelogs as findings, read through Liquibase's own API
 * on a read-only connection, and the lint of the SQL their pending changesets generate.
 */
@NullMarked
package dev.startupguard.migration.liquibase;

import org.jspecify.annotations.NullMarked;
