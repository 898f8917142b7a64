package dk.bif.examples.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code bif} jar ({@code target/bif.jar}) as a separate process: a {@code serve} that
 * runs until stopped with SIGTERM, or a command that runs to its end. Output goes to a file the
 * test reads.
 */
final class BifProcess implements AutoCloseable {

  /** The jar the build made. */
  static final Path JAR = Path.of("target", "bif.jar");

  private static final Pattern LISTENING = Pattern.compile("listening on (http://[^,\\s]+)");

  private final Process process;
  private final Path log;
  private URI url;

  private BifProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** The outcome of a command that ran to its end. */
  record Run(int exitCode, String out, String err) {}

  private static List<String> command(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(args);
    return command;
  }

  /**
   * Starts {@code bif serve} and waits until it listens.
   *
   * @param args the arguments after {@code bif}
   * @param environment added to the process's environment
   * @param log where its output goes
   * @return the running server
   */
  static BifProcess serve(List<String> args, Map<String, String> environment, Path log)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command(args));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    BifProcess p = new BifProcess(builder.start(), log);
    Instant giveUp = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(giveUp)) {
      Matcher m = LISTENING.matcher(p.output());
      String found = null;
      while (m.find()) found = m.group(1);
      if (found != null && p.startedAfterLastStop(found)) {
        p.url = URI.create(found);
        return p;
      }
      if (!p.process.isAlive()) {
        throw new IllegalStateException(
            "bif serve ended with " + p.process.exitValue() + ":\n" + p.output());
      }
      Thread.sleep(100);
    }
    p.process.destroyForcibly();
    throw new IllegalStateException("bif serve did not start in time:\n" + p.output());
  }

  private boolean startedAfterLastStop(String found) throws IOException {
    String text = output();
    return text.lastIndexOf("listening on " + found) > text.lastIndexOf("bif serve stopped");
  }

  /**
   * Runs a command to its end.
   *
   * @param args the arguments after {@code bif}
   * @param environment added to the process's environment
   * @param stdin what the command reads
   * @return its exit code and output
   */
  static Run run(List<String> args, Map<String, String> environment, String stdin)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command(args));
    builder.environment().putAll(environment);
    Path out = Files.createTempFile("bif-out", ".txt");
    Path err = Files.createTempFile("bif-err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = builder.start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("bif " + args + " did not end");
    }
    Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return run;
  }

  /** Where the server listens. */
  URI url() {
    return url;
  }

  /** Everything it printed so far. */
  String output() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  /**
   * Stops it as an orchestrator does: SIGTERM, then waits for a graceful end.
   *
   * @return the exit code
   */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("bif serve did not stop within 60 s");
    }
    return process.exitValue();
  }

  /** Waits for a text to appear in the output. */
  boolean awaitOutput(String text, Duration within) throws IOException, InterruptedException {
    Instant giveUp = Instant.now().plus(within);
    while (Instant.now().isBefore(giveUp)) {
      if (output().contains(text)) return true;
      Thread.sleep(100);
    }
    return false;
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
