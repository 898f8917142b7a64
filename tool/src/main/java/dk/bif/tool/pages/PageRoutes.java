package dk.bif.tool.pages;

import java.util.List;

/** A role area's pages and actions, handed to {@link ActivityPages.Builder#routes}. */
@FunctionalInterface
public interface PageRoutes {

  /** The routes; paths must be unique across all areas. */
  List<PageRoute> routes();
}
