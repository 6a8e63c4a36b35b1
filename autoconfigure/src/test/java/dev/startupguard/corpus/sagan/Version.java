package dev.startupguard.corpus.sagan;

/**
 * A release's version, stored as its text by {@link VersionConverter}.
 *
 * @param text the version as written
 */
record Version(String text) {

}
