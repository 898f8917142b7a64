package dk.bif.examples.cli;

import picocli.CommandLine.Command;

/** {@code bif keys rotate|list}: the tool's signing keys. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Shows and rotates the tool's signing keys kept in the database of 'bif serve'.")
final class KeysCommand {}
