/**
 * A Spring Boot application of generated entities, whose whole start is timed.
 */
@NullMarked
package dev.startupguard.benchmarks.app;

import org.jspecify.annotations.NullMarked;
