/**
 * Running checks: what a checked subject is, how one check of it runs (its connection,
 * its timing, its failure), and how its report is made (the check, then the application's
 * rules).
 */
@NullMarked
package dev.startupguard.check;

import org.jspecify.annotations.NullMarked;
