/**
 * A small JPA library whose schema Liquibase migrates at every start.
 */
@NullMarked
package dev.startupguard.examples.library;

import org.jspecify.annotations.NullMarked;
