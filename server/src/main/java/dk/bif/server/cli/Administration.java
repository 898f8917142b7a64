package dk.bif.server.cli;

import dk.bif.lti.keys.RingKey;
import dk.bif.lti.registration.CachedRegistrationRepository;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.server.BifApplication;
import dk.bif.server.admin.AdminAccounts;
import dk.bif.server.admin.LockoutPolicy;
import dk.bif.server.config.ConfigException;
import dk.bif.server.config.ConfigReader;
import dk.bif.server.config.DurationText;
import dk.bif.server.config.ServerConfig;
import dk.bif.server.keys.ToolKeySet;
import dk.bif.server.platforms.FieldProblem;
import dk.bif.server.platforms.PlatformForm;
import dk.bif.server.platforms.PlatformInvitations;
import dk.bif.server.platforms.PlatformOrigins;
import dk.bif.server.platforms.PlatformRefusedException;
import dk.bif.server.platforms.PlatformRegistry;
import dk.bif.server.registration.RegistrationLinks;
import dk.bif.store.jdbc.tool.ToolStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * What {@code bif platform …}, {@code bif admin add} and {@code bif keys …} do, on the database
 * {@code bif serve} uses (the same {@code --config} and {@code --data}); a running server follows
 * at once (platforms) or within {@code 30 s} (keys). Each method prints what it did to {@code out}
 * and what is wrong to {@code err}, never a stack trace, and returns the exit code: 0 done, 1
 * refused or failed.
 */
public final class Administration {

  /** The exit code of a refused request or a failure. */
  public static final int REFUSED = 1;

  private final ServerOptions options;
  private final Clock clock;
  private final PrintWriter out;
  private final PrintWriter err;

  /**
   * @param options the config file and data directory
   * @param clock the time
   * @param out where results go
   * @param err where problems go
   */
  public Administration(ServerOptions options, Clock clock, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.clock = clock;
    this.out = out;
    this.err = err;
  }

  @FunctionalInterface
  interface Work {
    int run(ConfigReader.Loaded config, ToolStores stores) throws Exception;
  }

  int withStores(String command, Work work) {
    ConfigReader.Loaded loaded;
    try {
      loaded = options.load();
    } catch (ConfigException e) {
      err.println("bif " + command + ": the configuration is not usable: " + e.getMessage());
      return REFUSED;
    }
    try (ToolStores stores = BifApplication.openStores(loaded.config(), options.data(), clock)) {
      return work.run(loaded, stores);
    } catch (PlatformRefusedException e) {
      for (FieldProblem p : e.problems()) err.println("bif " + command + ": " + p);
      return REFUSED;
    } catch (IllegalArgumentException | IllegalStateException | IOException e) {
      err.println("bif " + command + ": " + e.getMessage());
      return REFUSED;
    } catch (Exception e) {
      err.println(
          "bif "
              + command
              + ": the database cannot be used ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + ")");
      return REFUSED;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * {@code bif platform add}.
   *
   * @param form the values as typed
   * @return the exit code
   */
  public int addPlatform(PlatformForm form) {
    return withStores(
        "platform add",
        (c, stores) -> {
          PlatformRegistration r = registry(stores).add(form);
          out.println("registered " + describe(r));
          out.println("the running tool accepts its launches now");
          return 0;
        });
  }

  /**
   * {@code bif platform add-deployment}.
   *
   * @param issuer the issuer
   * @param clientId the client id, or null when the issuer has one registration
   * @param deployment the deployment id
   * @return the exit code
   */
  public int addDeployment(String issuer, String clientId, String deployment) {
    return withStores(
        "platform add-deployment",
        (c, stores) -> {
          PlatformRegistration r = registry(stores).addDeployment(issuer, clientId, deployment);
          out.println("added deployment " + deployment + " to " + describe(r));
          return 0;
        });
  }

  /**
   * {@code bif platform list}.
   *
   * @return the exit code
   */
  public int listPlatforms() {
    return withStores(
        "platform list",
        (c, stores) -> {
          List<PlatformRegistration> all = registry(stores).list();
          if (all.isEmpty())
            out.println(
                "no platform is registered; add one with 'bif platform add' or 'bif platform invite'");
          PlatformRegistry registry = registry(stores);
          for (PlatformRegistration r : all) {
            out.println(
                describe(r)
                    + ", "
                    + registry
                        .origin(r)
                        .map(
                            o ->
                                "by Dynamic Registration on "
                                    + time(o.registeredAt())
                                    + o.product().map(p -> " (" + p + ")").orElse(""))
                        .orElse("added by hand"));
          }
          return 0;
        });
  }

  /**
   * {@code bif platform show}.
   *
   * @param issuer the issuer
   * @param clientId the client id, or null
   * @return the exit code
   */
  public int showPlatform(String issuer, String clientId) {
    return withStores(
        "platform show",
        (c, stores) -> {
          PlatformRegistration r = registry(stores).find(issuer, clientId);
          out.println("issuer          " + r.issuer().value());
          out.println("client id       " + r.clientId().value());
          out.println("name            " + r.name().orElse("(none)"));
          out.println(
              "deployments     "
                  + String.join(
                      ", ", r.deploymentIds().stream().map(d -> d.value()).sorted().toList()));
          out.println("auth URL        " + r.authorizationEndpoint());
          out.println("token URL       " + r.tokenEndpoint());
          out.println("token audience  " + r.tokenAudience().orElse("(the token URL)"));
          out.println(
              "came from       "
                  + registry(stores)
                      .origin(r)
                      .map(
                          o ->
                              "Dynamic Registration on "
                                  + time(o.registeredAt())
                                  + " from "
                                  + o.configurationUrl())
                      .orElse("added by hand"));
          out.println(
              "key set         "
                  + (r.keySource() instanceof PlatformKeySource.KeySetUrl u
                      ? u.url().toString()
                      : "(a static key set)"));
          return 0;
        });
  }

  /**
   * {@code bif platform remove}.
   *
   * @param issuer the issuer
   * @param clientId the client id, or null
   * @return the exit code
   */
  public int removePlatform(String issuer, String clientId) {
    return withStores(
        "platform remove",
        (c, stores) -> {
          PlatformRegistration r = registry(stores).remove(issuer, clientId);
          out.println(
              "removed "
                  + describe(r)
                  + "; its launches are refused from now on (by a running server within "
                  + CachedRegistrationRepository.KEEP.toSeconds()
                  + " s)");
          return 0;
        });
  }

  /**
   * {@code bif admin add NAME}.
   *
   * @param name the administrator's name
   * @param password the password, read by the command
   * @return the exit code
   */
  public int addAdministrator(String name, String password) {
    return withStores(
        "admin add",
        (c, stores) -> {
          boolean added =
              new AdminAccounts(stores.database(), LockoutPolicy.standard(), clock)
                  .add(name, password);
          out.println(
              (added ? "added administrator " : "set a new password for administrator ")
                  + name
                  + "; log in at /admin/login");
          return 0;
        });
  }

  /**
   * {@code bif keys rotate}.
   *
   * @return the exit code
   */
  public int rotateKeys() {
    return withStores(
        "keys rotate",
        (c, stores) -> {
          ToolKeySet keys = ToolKeySet.of(c.config().keys(), stores, clock);
          RingKey next = keys.rotate();
          out.println(
              "published key "
                  + next.kid()
                  + " (generation "
                  + next.generation()
                  + "); it signs from "
                  + time(next.signsFrom())
                  + ", and the previous key stays published an hour after that");
          return 0;
        });
  }

  /**
   * {@code bif keys list}.
   *
   * @return the exit code
   */
  public int listKeys() {
    return withStores(
        "keys list",
        (c, stores) -> {
          ToolKeySet keys = ToolKeySet.of(c.config().keys(), stores, clock);
          out.println("keys: " + keys.source());
          for (ToolKeySet.KeyRow k : keys.rows()) {
            out.println(
                String.format(
                    "  %-3d %-20s %-9s published %s, signs from %s%s",
                    k.generation(),
                    k.kid(),
                    k.state(),
                    keys.rotates() ? time(k.publishedAt()) : "-",
                    keys.rotates() ? time(k.signsFrom()) : "-",
                    k.publishedUntil().map(u -> ", published until " + time(u)).orElse("")));
          }
          return 0;
        });
  }

  /**
   * {@code bif platform invite}: a single-use Dynamic Registration link for an LMS administrator to
   * paste into the LMS (Moodle 4.x "Tool URL", Brightspace, Canvas where offered).
   *
   * @param name the platform's name for people, or null
   * @param expires how long the link lasts, e.g. {@code 24h} or {@code 7d}; null for 24 hours
   * @param linkByIdNumber whether the LMS users' ID number is their staff number
   * @return the exit code
   */
  public int invitePlatform(String name, String expires, boolean linkByIdNumber) {
    return withStores(
        "platform invite",
        (c, stores) -> {
          java.time.Duration lifetime =
              expires == null
                  ? PlatformInvitations.DEFAULT_LIFETIME
                  : DurationText.parse(expires)
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "--expires: '" + expires + "' is not " + DurationText.EXPECTED));
          ServerConfig.Server s = c.config().server();
          String publicUrl =
              s.publicUrlSet()
                  .orElseGet(
                      () -> {
                        if (s.port() == 0) {
                          throw new IllegalArgumentException(
                              "the tool's address is not known (server.port is 0): set"
                                  + " server.public-url, e.g. https://bif.kp.dk");
                        }
                        String host =
                            s.bind().equals("0.0.0.0") || s.bind().equals("::")
                                ? "127.0.0.1"
                                : s.bind();
                        return "http://" + host + ":" + s.port();
                      });
          RegistrationLinks.Link link =
              new RegistrationLinks(
                      new PlatformInvitations(stores.database(), clock),
                      java.net.URI.create(publicUrl))
                  .create(Optional.ofNullable(name), lifetime, linkByIdNumber, "command line");
          out.println(link.url());
          out.println(
              "a single-use registration link, valid until "
                  + time(link.expiresAt())
                  + ": paste it into the LMS (Moodle 4.x: Site administration > Plugins > Manage"
                  + " tools > Tool URL; Brightspace: LTI Advantage > Register tool > Dynamic)");
          if (publicUrl.startsWith("http://")) {
            out.println(
                "the link is plain http: only an LMS on this machine can use it, and only with"
                    + " server.allow-http-on-loopback: true");
          }
          return 0;
        });
  }

  private static PlatformRegistry registry(ToolStores stores) {
    return new PlatformRegistry(stores.registrations(), new PlatformOrigins(stores.database()));
  }

  private String time(java.time.Instant t) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
        .withZone(Optional.ofNullable(clock.getZone()).orElse(ZoneId.systemDefault()))
        .format(t);
  }

  private static String describe(PlatformRegistration r) {
    return r.name().map(n -> n + ": ").orElse("")
        + r.issuer().value()
        + " client "
        + r.clientId().value()
        + " (deployments "
        + String.join(", ", r.deploymentIds().stream().map(d -> d.value()).sorted().toList())
        + ")";
  }
}
