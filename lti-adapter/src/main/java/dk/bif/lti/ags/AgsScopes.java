package dk.bif.lti.ags;

import java.util.List;
import java.util.Set;

/** The AGS 2.0 scopes (§3.1) and media types (§3.2–3.4). */
public final class AgsScopes {
  private AgsScopes() {}

  /** Manage line items. */
  public static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

  /** Read line items. */
  public static final String LINEITEM_READONLY =
      "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";

  /** Read results. */
  public static final String RESULT_READONLY =
      "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";

  /** Post scores. */
  public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

  /** Every AGS scope, the set one token is asked for. */
  static final Set<String> ALL = Set.of(LINEITEM, LINEITEM_READONLY, RESULT_READONLY, SCORE);

  /** A line item. */
  public static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";

  /** A page of line items. */
  public static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";

  /** A score. */
  public static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

  /**
   * The scopes to ask one token for: the AGS scopes the platform granted in the launch (so that one
   * token serves line items and scores alike).
   *
   * @param granted the scopes of the launch's AGS claim
   * @return the AGS scopes among them
   */
  static List<String> tokenScopes(List<String> granted) {
    return granted.stream().filter(ALL::contains).sorted().distinct().toList();
  }
}
