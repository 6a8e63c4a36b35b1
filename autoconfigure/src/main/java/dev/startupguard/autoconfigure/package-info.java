/**
 * Auto-configuration of Startup Guard: wiring and properties only.
 */
@NullMarked
package dev.startupguard.autoconfigure;

import org.jspecify.annotations.NullMarked;
