package dev.startupguard.check;

/**
 * Turns what made a check fail into a message fit for every output.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class CheckErrors {

	private CheckErrors() {
	}

	/**
	 * Describe a failure without credentials: drivers put connection URLs into their
	 * messages, so a password is masked whether it is a parameter or the user information
	 * of the URL ({@code //user:password@host}).
	 * @param ex the failure
	 * @return its description
	 */
	public static String describe(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return message.replaceAll("(?i)(password|pwd)=[^&;\\s]*", "$1=******")
			.replaceAll("(//[^/:@\\s]+:)[^/@\\s]+@", "$1******@");
	}

}
