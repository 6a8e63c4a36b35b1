/**
 * Lint of SQL migration scripts: statements split as their database's client runs them,
 * each classified SAFE, RISKY or DESTRUCTIVE by a SQL parser, with a safer recipe.
 */
@NullMarked
package dev.startupguard.migration.lint;

import org.jspecify.annotations.NullMarked;
