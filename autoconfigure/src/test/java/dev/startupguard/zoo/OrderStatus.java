package dev.startupguard.zoo;

/**
 * States of an {@link Order}, stored by name.
 */
enum OrderStatus {

	OPEN, SHIPPED, CANCELLED

}
