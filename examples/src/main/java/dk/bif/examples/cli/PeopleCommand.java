package dk.bif.examples.cli;

import picocli.CommandLine.Command;

/** {@code bif people waiting|link|forget}: the LMS users waiting to be linked to an employee. */
@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the people who launched as a participant or leader but are not in the staff"
          + " register, and links them to their employee (in the database 'bif serve' uses, same"
          + " --config / --data); their next launch lands on their own page."
    })
final class PeopleCommand {}
