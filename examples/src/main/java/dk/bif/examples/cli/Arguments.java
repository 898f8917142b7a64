package dk.bif.examples.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A verb's arguments: positionals and {@code --name value} options, with {@code --json} a flag. */
final class Arguments {

  private final List<String> positional = new ArrayList<>();
  private final Map<String, String> options = new HashMap<>();
  private final java.util.Set<String> flags = new java.util.HashSet<>();

  private Arguments() {}

  /**
   * Parses {@code args}.
   *
   * @param flagNames the options that take no value
   * @param optionNames the options that take a value
   */
  static Arguments parse(List<String> args, Set<String> flagNames, Set<String> optionNames)
      throws UsageException {
    Arguments a = new Arguments();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("--")) {
        String name = arg.substring(2);
        if (flagNames.contains(name)) {
          a.flags.add(name);
        } else if (optionNames.contains(name)) {
          if (i + 1 >= args.size()) {
            throw new UsageException("option --" + name + " needs a value");
          }
          a.options.put(name, args.get(++i));
        } else {
          throw new UsageException("unknown option " + arg);
        }
      } else {
        a.positional.add(arg);
      }
    }
    return a;
  }

  List<String> positional() {
    return positional;
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  /** A usage error: the command prints it with its usage line and exits 2. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
