package dk.bif.credentials;

import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.EvidenceMapping;
import dk.bif.credentials.store.CredentialStore;
import dk.bif.credentials.store.InMemoryCredentialStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;

/** Test factory: KP's issuer on an in-memory store, at a fixed time. */
public final class Issuers {
  private Issuers() {}

  /** 10 June 2025, 09:00 UTC. */
  public static final Instant NOW = Instant.parse("2025-06-10T09:00:00Z");

  /** The public address used in tests. */
  public static final String PUBLIC_URL = "https://bif.kp.dk";

  public static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  /** KP at {@link #PUBLIC_URL}, on a fresh in-memory store. */
  public static CredentialIssuer kp() {
    return kp(new InMemoryCredentialStore(), clock(), Optional.empty());
  }

  /** KP at {@link #PUBLIC_URL} on {@code store}. */
  public static CredentialIssuer kp(
      CredentialStore store, Clock clock, Optional<Duration> validity) {
    return on(IssuerProfile.kp(PUBLIC_URL), store, clock, validity);
  }

  /** Any issuer profile on {@code store}. */
  public static CredentialIssuer on(
      IssuerProfile profile, CredentialStore store, Clock clock, Optional<Duration> validity) {
    return new CredentialIssuer(
        profile,
        store,
        BifFramework.fagligheder2017(),
        EvidenceMapping.bifThemes(),
        clock,
        new Random(16),
        validity);
  }
}
