package dk.bif.tool.bridge;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the activities teachers chose for placements the LMS left without a valid {@value
 * LaunchBridge#ACTIVITY_PARAMETER}, kept per resource link so that every node of the tool opens the
 * same activity for it from the moment it is chosen. Implementations are thread-safe; the latest
 * choice wins (a teacher may correct it).
 */
public interface Placements {

  /**
   * Notes that a launch came through a placement without a usable activity, and what it sent. Keeps
   * a choice already made.
   *
   * @param link the placement
   * @param sent the parameter's value, empty when the launch sent none
   * @param at when
   */
  void unplacedLaunch(PlacedLink link, Optional<String> sent, Instant at);

  /**
   * Keeps a teacher's choice for a placement, replacing an earlier one.
   *
   * @param link the placement
   * @param activity the activity's token, e.g. {@code bif-del-1/exam}, already read against the
   *     catalogue ({@link Activity#parse})
   * @param at when
   */
  void choose(PlacedLink link, String activity, Instant at);

  /**
   * What is known of a placement.
   *
   * @param link the placement
   * @return the placement, or empty when no unplaced launch came through it and nobody chose
   */
  Optional<Placement> find(PlacedLink link);
}
