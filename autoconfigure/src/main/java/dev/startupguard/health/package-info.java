/**
 * The {@code schemaDrift} health contributor: the latest check's verdict, served from
 * memory.
 */
@NullMarked
package dev.startupguard.health;

import org.jspecify.annotations.NullMarked;
