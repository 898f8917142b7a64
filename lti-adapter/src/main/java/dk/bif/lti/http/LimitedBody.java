package dk.bif.lti.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body collected into bytes, at most {@code limit} of them: past the limit the exchange
 * is cancelled and the body fails with {@link TooLarge}. Collected as the client's selector hands
 * the buffers over, without a queue and a reading thread between them (what {@code
 * BodyHandlers.ofInputStream()} puts there).
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

  /** The body went past the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(int limit) {
      super("more than " + limit + " bytes");
    }
  }

  private final int limit;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private byte[] bytes = new byte[256];
  private int length;
  private Flow.Subscription subscription;

  LimitedBody(int limit) {
    if (limit < 0) throw new IllegalArgumentException("limit must be >= 0, was " + limit);
    this.limit = limit;
  }

  /** A handler that gives every response such a body. */
  static HttpResponse.BodyHandler<byte[]> handler(int limit) {
    return info -> new LimitedBody(limit);
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = Objects.requireNonNull(s, "subscription");
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) return;
    for (ByteBuffer b : buffers) {
      int n = b.remaining();
      if (n > limit - length) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(limit));
        return;
      }
      if (length + n > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(length + n, Math.min(limit, bytes.length * 2)));
      }
      b.get(bytes, length, n);
      length += n;
    }
  }

  @Override
  public void onError(Throwable e) {
    result.completeExceptionally(e);
  }

  @Override
  public void onComplete() {
    result.complete(Arrays.copyOf(bytes, length));
  }
}
