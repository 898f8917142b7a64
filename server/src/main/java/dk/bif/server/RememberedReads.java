package dk.bif.server;

import dk.bif.store.jdbc.Database;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Remembers the database reads of one {@code GET} or {@code HEAD} request ({@link
 * Database#remembering}): a page reads the participant, their enrolments, attendance and exam
 * records in several places, and each is read once. Requests that change data (every {@code POST},
 * the launch among them) read the database every time: an aggregate they change and then refuse to
 * save must not be what a later read of the same request sees. Thread-safe.
 */
final class RememberedReads extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private final transient Database db;

  RememberedReads(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!reads(request)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      db.remembering(
          () -> {
            try {
              chain.doFilter(request, response);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } catch (ServletException e) {
              throw new Rethrown(e);
            }
            return null;
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (Rethrown e) {
      throw (ServletException) e.getCause();
    }
  }

  private static boolean reads(HttpServletRequest request) {
    String method = request.getMethod();
    return method.equals("GET") || method.equals("HEAD");
  }

  /** Carries a servlet exception through {@link Database#remembering}'s supplier. */
  private static final class Rethrown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Rethrown(ServletException cause) {
      super(cause);
    }
  }
}
