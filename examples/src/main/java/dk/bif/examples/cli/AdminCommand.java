package dk.bif.examples.cli;

import picocli.CommandLine.Command;

/** {@code bif admin add NAME}: the administrators of the admin pages. */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Manages who may log in to the admin pages (/admin) of 'bif serve'.")
final class AdminCommand {}
