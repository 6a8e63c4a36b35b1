/**
 * Production detection and the refusal of settings that let the application change the
 * schema in production.
 */
@NullMarked
package dev.startupguard.policy;

import org.jspecify.annotations.NullMarked;
