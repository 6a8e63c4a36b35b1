/**
 * Performance harness: the drift check against Hibernate's validation and the bulk
 * catalog read, on generated schemas of many tables.
 */
@NullMarked
package dev.startupguard.benchmarks;

import org.jspecify.annotations.NullMarked;
