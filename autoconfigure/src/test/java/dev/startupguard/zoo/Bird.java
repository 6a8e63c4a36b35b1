package dev.startupguard.zoo;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/**
 * {@link Animal} subclass with a {@code float}.
 */
@Entity
@DiscriminatorValue("BIRD")
class Bird extends Animal {

	float wingspan;

	Boolean canFly;

}
