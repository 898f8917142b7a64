package dk.bif.tool.servlet;

import dk.bif.lti.servlet.LaunchHandler;
import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.pages.ActivityPages;

/** The {@link LaunchHandler}s that take a validated launch into BIF. */
public final class BifLaunchHandlers {
  private BifLaunchHandlers() {}

  /**
   * Takes each launch into the programme core and shows who launched what in BIF terms.
   *
   * @param bridge the bridge into the core
   * @return the handler
   */
  public static LaunchHandler bridged(LaunchBridge bridge) {
    return new BridgedLaunchPage(bridge);
  }

  /**
   * Takes each launch into the programme core, opens a page session (a signed cookie) and sends the
   * user to their activity page; mount the pages with {@link ActivityPageServlet#register}.
   *
   * @param pages the activity pages
   * @return the handler
   */
  public static LaunchHandler activityPages(ActivityPages pages) {
    return ActivityPageServlet.launchHandler(pages);
  }
}
