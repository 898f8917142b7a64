package dk.bif.examples.cli;

import picocli.CommandLine.Command;

/** {@code bif platform add|invite|list|show|remove|add-deployment}: the LMSs the tool trusts. */
@Command(
    name = "platform",
    mixinStandardHelpOptions = true,
    description = {
      "Registers the LMS platforms and deployments the tool trusts, in the database 'bif serve'"
          + " uses (same --config / --data); a running server follows at once."
    })
final class PlatformCommand {}
