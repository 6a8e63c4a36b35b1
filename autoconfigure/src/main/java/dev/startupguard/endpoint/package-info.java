/**
 * The {@code schemadrift} actuator endpoint: the whole report, and a recheck on demand.
 */
@NullMarked
package dev.startupguard.endpoint;

import org.jspecify.annotations.NullMarked;
