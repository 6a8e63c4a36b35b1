/**
 * The health of each checked subject ({@code schemaDrift}, {@code schemaSettings},
 * {@code migrations}), served from memory.
 */
@NullMarked
package dev.startupguard.health;

import org.jspecify.annotations.NullMarked;
