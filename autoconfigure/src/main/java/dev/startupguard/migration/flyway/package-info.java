/**
 * Migration state of Flyway beans as findings, read through Flyway's own API, and the
 * lint of their pending SQL scripts.
 */
@NullMarked
package dev.startupguard.migration.flyway;

import org.jspecify.annotations.NullMarked;
