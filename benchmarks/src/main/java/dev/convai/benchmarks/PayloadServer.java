package dev.convai.benchmarks;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A local server for the client-cost runs, in a process of its own so that every client (ours,
 * the generated ones, the JS SDK) calls the same server: answers
 * {@code POST /v1/convai/conversations/conv_<size>/analysis/run} with the payload of that
 * {@link Payloads.Size} (lower case), any other path with 404. Listens on 127.0.0.1, port 0, and
 * writes {@code 127.0.0.1:<port>} to the file given, then serves until killed.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.convai.benchmarks.PayloadServer PORT_FILE</pre>
 */
public final class PayloadServer {

  private PayloadServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: PayloadServer PORT_FILE");
      System.exit(2);
    }
    Map<Payloads.Size, Buffer> bodies = new EnumMap<>(Payloads.Size.class);
    for (Payloads.Size size : Payloads.Size.values()) {
      bodies.put(size, Buffer.buffer(size.bytes()));
    }
    Vertx vertx = Vertx.vertx();
    HttpServer http = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0));
    String prefix = "/v1/convai/conversations/conv_";
    http.requestHandler(request -> {
      String path = request.path();
      Buffer body = null;
      if (path.startsWith(prefix) && path.endsWith("/analysis/run")) {
        String name = path.substring(prefix.length(), path.length() - "/analysis/run".length());
        for (Payloads.Size size : Payloads.Size.values()) {
          if (size.name().toLowerCase(Locale.ROOT).equals(name)) {
            body = bodies.get(size);
          }
        }
      }
      if (body == null) {
        request.response().setStatusCode(404).end();
      } else {
        request.response().putHeader("Content-Type", "application/json").end(body);
      }
    });
    http.listen().await(10, TimeUnit.SECONDS);
    Files.writeString(Path.of(args[0]), "127.0.0.1:" + http.actualPort(), StandardCharsets.US_ASCII);
    System.out.println("serving on 127.0.0.1:" + http.actualPort());
  }
}
