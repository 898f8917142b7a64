package dk.bif.credentials.store;

/**
 * A credential's place in the issuer's Bitstring Status Lists: which list and which bit.
 *
 * @param list the list's number, 1 or more (its URL ends in it)
 * @param index the bit, 0 to {@link #LIST_SIZE} − 1
 */
public record StatusEntry(int list, int index) {

  /**
   * Entries in one list: 131,072 bits (16 KB), the size the W3C Bitstring Status List specification
   * sets as the minimum, for group privacy.
   */
  public static final int LIST_SIZE = 131_072;

  /** Random places a store tries in a list before it gives up (a list is closed when half full). */
  public static final int MAX_TRIES = 1_000;

  /**
   * @param maxPerList how many places a store fills in one list before it opens the next
   * @throws IllegalArgumentException unless it is 1 to {@link #LIST_SIZE}
   */
  public static void requireListLimit(int maxPerList) {
    if (maxPerList < 1 || maxPerList > LIST_SIZE) {
      throw new IllegalArgumentException(
          "places per status list must be 1 to " + LIST_SIZE + ", got " + maxPerList);
    }
  }

  public StatusEntry {
    if (list < 1) {
      throw new IllegalArgumentException("a status list number is 1 or more, got " + list);
    }
    if (index < 0 || index >= LIST_SIZE) {
      throw new IllegalArgumentException(
          "a status list index is 0 to " + (LIST_SIZE - 1) + ", got " + index);
    }
  }
}
