/**
 * How the core's rules explain their decisions: a {@link dk.bif.core.reason.Reason} is a message
 * key with the facts it rests on, rendered as a sentence in English or Danish from the core's own
 * message texts, so that every adapter (command line, pages, reports) says the same thing in the
 * user's language.
 */
package dk.bif.core.reason;
