/**
 * What the migration tools have in common: the migrations pending at this start, the lint
 * of what they will run, and the findings of that lint. The tools are read in
 * {@code migration.flyway} and {@code migration.liquibase}, each through its own API.
 */
@NullMarked
package dev.startupguard.migration;

import org.jspecify.annotations.NullMarked;
