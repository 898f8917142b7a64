package dk.bif.tool.pages;

import dk.bif.tool.bridge.Activity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a route answers: a page, a redirect after a form (post/redirect/get), a file to download or
 * a refusal.
 */
public sealed interface PageResult {

  /**
   * A page (200).
   *
   * @param template the template's path under {@code src/main/jte}, e.g. {@code teacher/home.jte};
   *     it takes the params {@code chrome} and {@code view}
   * @param view the template's {@code view} param
   * @return the result
   */
  static PageResult view(String template, Object view) {
    return new View(200, template, view, List.of());
  }

  /**
   * A form that could not be saved (422): the page again, with the message shown as an error.
   *
   * @param template the template
   * @param view the view, holding what the user entered
   * @param messageKey the bundle key of the error message
   * @param args its arguments
   * @return the result
   */
  static PageResult invalid(String template, Object view, String messageKey, Object... args) {
    return new View(422, template, view, List.of(new Message(messageKey, List.of(args))));
  }

  /**
   * A redirect (303) to a page of ours, showing a notice there.
   *
   * @param path the page's path, e.g. {@code /bif/teacher}; may carry a query string
   * @param noticeKey the bundle key of the notice, e.g. {@code teacher.grades.saved}
   * @param args its arguments
   * @return the result
   */
  static PageResult redirect(String path, String noticeKey, Object... args) {
    return new Redirect(path, new Message(noticeKey, List.of(args)), Optional.empty());
  }

  /**
   * A redirect into a fresh page session of the same user in which the launch's placement opens
   * {@code activity}: what a choice made on the page changes takes effect at once, without a new
   * launch. The session keeps everything else of the launch, its expiry included.
   *
   * @param activity what the placement now opens (the route's own value, never the user's input)
   * @param path where to
   * @param noticeKey the notice's key
   * @param args its arguments
   * @return the result
   */
  static PageResult redirectAs(Activity activity, String path, String noticeKey, Object... args) {
    return new Redirect(
        path, new Message(noticeKey, List.of(args)), Optional.of(Objects.requireNonNull(activity)));
  }

  /**
   * A refusal (403) with a message from the bundle; the glue logs it.
   *
   * @param messageKey the bundle key, e.g. {@code leader.denied.notYourEmployee}
   * @return the result
   */
  static PageResult denied(String messageKey) {
    return new Refusal(403, messageKey);
  }

  /**
   * Nothing there (404) with a message from the bundle.
   *
   * @param messageKey the bundle key
   * @return the result
   */
  static PageResult notFound(String messageKey) {
    return new Refusal(404, messageKey);
  }

  /**
   * A file the user downloads (200), e.g. a certificate as PDF.
   *
   * @param contentType its media type, e.g. {@code application/pdf}
   * @param fileName the name the browser saves it under
   * @param body its bytes
   * @return the result
   */
  static PageResult download(String contentType, String fileName, byte[] body) {
    return new Download(contentType, fileName, body);
  }

  /**
   * Data a page's own script reads (200, {@code application/json}, never cached).
   *
   * @param json the JSON text
   * @return the result
   */
  static PageResult json(String json) {
    return new Json(json);
  }

  /**
   * JSON for the page's script.
   *
   * @param body the JSON text
   */
  record Json(String body) implements PageResult {
    /** Checks. */
    public Json {
      Objects.requireNonNull(body, "body");
    }
  }

  /**
   * A file to download.
   *
   * @param contentType its media type
   * @param fileName the file name: letters, digits, dot, dash and underscore only
   * @param body its bytes (not copied: routes hand over what they made)
   */
  record Download(String contentType, String fileName, byte[] body) implements PageResult {
    /** Checks. */
    public Download {
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(body, "body");
      if (!Objects.requireNonNull(fileName, "fileName").matches("[A-Za-z0-9._-]{1,100}"))
        throw new IllegalArgumentException("a download's file name is a plain name: " + fileName);
    }
  }

  /**
   * A bundle message with its arguments.
   *
   * @param key the bundle key
   * @param args the {@link java.text.MessageFormat} arguments
   */
  record Message(String key, List<Object> args) {
    /** Checks and copies. */
    public Message {
      Objects.requireNonNull(key, "key");
      args = List.copyOf(args);
    }
  }

  /**
   * A page.
   *
   * @param status 200, or 422 for a form with errors
   * @param template the template
   * @param view the view
   * @param errors messages shown as errors
   */
  record View(int status, String template, Object view, List<Message> errors)
      implements PageResult {
    /** Checks and copies. */
    public View {
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(view, "view");
      errors = List.copyOf(errors);
    }
  }

  /**
   * A redirect to one of our pages.
   *
   * @param path the path
   * @param notice the notice to show there
   * @param activity when present, the redirect goes into a fresh session whose placement opens it
   */
  record Redirect(String path, Message notice, Optional<Activity> activity) implements PageResult {
    /** Checks. */
    public Redirect {
      Objects.requireNonNull(path, "path");
      if (!path.startsWith(ActivityPages.ROOT + "/"))
        throw new IllegalArgumentException("redirects stay on our pages: " + path);
      Objects.requireNonNull(notice, "notice");
      Objects.requireNonNull(activity, "activity");
    }
  }

  /**
   * A refusal.
   *
   * @param status 403 or 404
   * @param messageKey the bundle key of the message
   */
  record Refusal(int status, String messageKey) implements PageResult {
    /** Checks. */
    public Refusal {
      Objects.requireNonNull(messageKey, "messageKey");
    }
  }
}
