package dev.startupguard.zoo;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/**
 * {@link Animal} subclass whose columns share the single table, so even its primitive
 * {@code boolean} is nullable there.
 */
@Entity
@DiscriminatorValue("MAMMAL")
class Mammal extends Animal {

	Integer legs;

	boolean nocturnal;

}
