package dev.convai.archfixtures.conversation;

import io.vertx.core.Future;

/** Violates rules 1 and 2: a core type that hands out a Vert.x {@code Future}. */
public final class VertxInCore {
  public Future<String> load() {
    return Future.succeededFuture("conversation");
  }
}
