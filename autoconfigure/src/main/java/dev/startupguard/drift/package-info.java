/**
 * Compares the schema the entities expect with the live schema into findings, with type
 * compatibility rules per database family, fix risk and fix SQL.
 */
@NullMarked
package dev.startupguard.drift;

import org.jspecify.annotations.NullMarked;
