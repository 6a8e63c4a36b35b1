/**
 * Test support: checks in the application's own build that its migrations, applied to a
 * fresh database, build the schema its entities expect.
 */
@NullMarked
package dev.startupguard.test;

import org.jspecify.annotations.NullMarked;
