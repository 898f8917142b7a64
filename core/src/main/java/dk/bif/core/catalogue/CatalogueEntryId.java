package dk.bif.core.catalogue;

import java.util.Objects;

/**
 * Identifies an entry of the course catalogue, e.g. {@code "ucl-virksomhedsrettet-indsats"}.
 *
 * @param value the identifier, never blank; compared exactly
 */
public record CatalogueEntryId(String value) {
  public CatalogueEntryId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a catalogue entry id must not be blank");
    }
  }

  /** Returns the id for {@code value}. */
  public static CatalogueEntryId of(String value) {
    return new CatalogueEntryId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
