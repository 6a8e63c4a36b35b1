package dev.startupguard.zoo;

/**
 * Kinds of {@link Ticket}, stored by name.
 */
enum TicketType {

	ADULT, CHILD, FAMILY

}
