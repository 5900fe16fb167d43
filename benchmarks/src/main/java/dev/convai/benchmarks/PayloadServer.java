package dev.convai.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A local server for the client-cost runs, in a process of its own so that every client (ours,
 * the generated ones, the JS SDK) calls the same server: answers
 * {@code POST /v1/convai/conversations/<id>/analysis/run} for the payload's own conversation id
 * with the payload of one {@link Payloads.Size}, anything else with 404. Listens on 127.0.0.1,
 * port 0, writes {@code 127.0.0.1:<port> <conversation id>} to the file given, then serves until
 * killed.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.convai.benchmarks.PayloadServer COMPATIBLE server.txt</pre>
 */
public final class PayloadServer {

  private PayloadServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: PayloadServer SMALL|COMPATIBLE|TYPICAL|LARGE|HUGE ADDRESS_FILE");
      System.exit(2);
    }
    Payloads.Size size = Payloads.Size.valueOf(args[0].toUpperCase(Locale.ROOT));
    byte[] bytes = size.bytes();
    String id = new ObjectMapper().readTree(bytes).get("conversation_id").asText();
    Buffer body = Buffer.buffer(bytes);
    String path = "/v1/convai/conversations/" + id + "/analysis/run";
    Vertx vertx = Vertx.vertx();
    HttpServer http = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0));
    http.requestHandler(request -> {
      if (request.path().equals(path)) {
        request.response().putHeader("Content-Type", "application/json").end(body);
      } else {
        request.response().setStatusCode(404).end();
      }
    });
    http.listen().await(10, TimeUnit.SECONDS);
    String address = "127.0.0.1:" + http.actualPort();
    Files.writeString(Path.of(args[1]), address + " " + id + "\n", StandardCharsets.US_ASCII);
    System.out.printf(Locale.ROOT, "serving %s (%,d bytes) for %s on %s%n", size, bytes.length, id, address);
  }
}
