package dev.startupguard.snapshot;

import org.jspecify.annotations.Nullable;

/**
 * One migration a database has applied, as its migration tool records it.
 *
 * @param id what identifies it: the version (or {@code R:} and the description of a
 * repeatable migration) for Flyway, {@code filename::id::author} for Liquibase
 * @param description the description the tool records
 * @param checksum the checksum of what ran, {@code null} where the tool records none
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record AppliedMigration(String id, String description, @Nullable String checksum) {

}
