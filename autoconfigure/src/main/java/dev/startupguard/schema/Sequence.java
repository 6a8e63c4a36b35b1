package dev.startupguard.schema;

import org.jspecify.annotations.Nullable;

/**
 * Database sequence.
 *
 * @param name the sequence's name
 * @param increment the step between values, {@code null} where unknown
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record Sequence(QualifiedName name, @Nullable Long increment) {

}
