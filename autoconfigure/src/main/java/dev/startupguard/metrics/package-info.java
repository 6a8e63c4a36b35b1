/**
 * Micrometer binding: findings as gauges, and each check as an observation.
 */
@NullMarked
package dev.startupguard.metrics;

import org.jspecify.annotations.NullMarked;
