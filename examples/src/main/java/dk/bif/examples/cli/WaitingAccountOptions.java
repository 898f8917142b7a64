package dk.bif.examples.cli;

import picocli.CommandLine.Option;

/**
 * Which platform a waiting LMS user id is on, for the {@code bif people} commands that name one.
 */
final class WaitingAccountOptions {
  @Option(
      names = "--issuer",
      paramLabel = "URL",
      description = "the platform, when the user id waits on several")
  String issuer;

  @Option(
      names = "--client-id",
      paramLabel = "ID",
      description = "the client id, when the issuer has several")
  String clientId;
}
