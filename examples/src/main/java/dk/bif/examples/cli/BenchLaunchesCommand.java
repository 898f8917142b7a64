package dk.bif.examples.cli;

import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.ReferencePlatform;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bif bench launches --tool URL --platform-port N [--browsers 16] [--seconds 30] [--warmup
 * 10] [--pid PID]}: the benchmark's LMS on {@code 127.0.0.1:N} (the reference platform, registered
 * with the tool by {@code bif bench setup}) and its browsers launch the running tool again and
 * again. Each launch is a fresh browser (its own cookie jar and connections, java.net.http): the
 * platform's launch URL, the tool's OIDC login, the platform's authorisation, which signs a new
 * RS256 id_token for that login's nonce, the tool's launch and its redirects to the first page; the
 * next user of the pool each time. Nothing that must be fresh is made in advance.
 */
@Command(
    name = "launches",
    mixinStandardHelpOptions = true,
    description = "Whole LTI launches against a running bif serve, from fresh browsers.")
final class BenchLaunchesCommand implements Callable<Integer> {

  @Mixin BenchOptions run = new BenchOptions();

  @Option(
      names = "--browsers",
      paramLabel = "N",
      description = "concurrent browsers (default ${DEFAULT-VALUE})")
  int browsers = 16;

  @Option(
      names = "--staff",
      paramLabel = "N",
      description = "the pool, as given to bench setup (default ${DEFAULT-VALUE})")
  int staff = 2345;

  @Option(
      names = "--activity",
      paramLabel = "TOKEN",
      description = "the placements' bif_activity (default ${DEFAULT-VALUE})")
  String activity = "bif-del-1";

  private final Cli cli;

  BenchLaunchesCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws InterruptedException {
    BenchOptions.check(browsers, run.seconds, run.warmup, staff);
    try (ReferencePlatform lms = BenchWorld.start(run.platformPort, run.tool, staff, activity)) {
      Optional<String> first = BenchWorld.firstLaunch(lms, cli.out());
      if (first.isPresent()) {
        throw new InputException(
            "the first launch failed ("
                + first.get()
                + "); was the tool set up with bif bench setup --platform-port "
                + run.platformPort
                + " and started?");
      }
      cli.out()
          .printf(
              "bif bench launches: %s, LMS %s, %d browsers, %d staff, warm-up %d s, window %d s,"
                  + " load average %s%n",
              run.tool,
              lms.issuer(),
              browsers,
              staff,
              run.warmup,
              run.seconds,
              LoadRun.loadAverage());
      cli.out().flush();
      LoadRun.Figures f =
          new LoadRun(browsers, run.pid == null ? OptionalLong.empty() : OptionalLong.of(run.pid))
              .run(n -> launch(lms, (int) ((n - 1) % staff) + 1), run.warmup, run.seconds);
      LoadRun.print(cli.out(), "launch", "launches", f, browsers);
      return f.errors().isEmpty() ? 0 : 1;
    }
  }

  /** One launch of pool member {@code i} from a fresh browser; empty when it reached its page. */
  private static Optional<String> launch(ReferencePlatform lms, int i) {
    BrowserResponse page = new LtiBrowser().launch(lms, BenchWorld.sub(i), BenchWorld.link(i));
    String path = page.uri().getPath();
    if (page.status() == 200 && path.startsWith("/bif/")) {
      return Optional.empty();
    }
    return Optional.of("HTTP " + page.status() + " at " + path);
  }
}
