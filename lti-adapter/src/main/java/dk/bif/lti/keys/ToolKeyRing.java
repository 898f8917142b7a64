package dk.bif.lti.keys;

import java.util.List;

/**
 * Port: every signing key the tool has had, kept where all of the tool's nodes and its command line
 * read it (a database table), so that a rotation made on one node, or by {@code bif keys rotate},
 * is followed by all. Append-only: a rotation adds the next generation; which key signs and which
 * are published follows from the keys' times alone ({@link KeyRingToolKeys}). Implementations are
 * thread-safe, and of two nodes adding the same generation the first wins.
 */
public interface ToolKeyRing {

  /**
   * @return every key, oldest generation first; empty before the first start
   */
  List<RingKey> keys();

  /**
   * Adds a key unless its generation is taken.
   *
   * @param key the next generation
   * @return whether it was added (false: another node added that generation first)
   */
  boolean add(RingKey key);
}
