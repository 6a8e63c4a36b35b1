/**
 * The outcome of a check: findings with their severity and suggested fix, and the report
 * that carries them to logs, actuator and metrics.
 */
@NullMarked
package dev.startupguard.report;

import org.jspecify.annotations.NullMarked;
