/**
 * The check at every start: begins as soon as a persistence unit's metadata and data
 * source exist, runs beside the rest of the startup, and is joined, logged and decided
 * before the application serves traffic.
 */
@NullMarked
package dev.startupguard.startup;

import org.jspecify.annotations.NullMarked;
