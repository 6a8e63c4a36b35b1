/**
 * A small JPA shop whose schema has drifted from its entities.
 */
@NullMarked
package dev.startupguard.examples.shop;

import org.jspecify.annotations.NullMarked;
