package dev.convai.adapter.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContentDecompressor;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Puts a request and two responses (one plain, one gzipped and chunked) through Netty's HTTP
 * client codec and decompressor in memory, on an {@link EmbeddedChannel}: no socket, nothing
 * sent. A fresh JVM's first request spends a few hundred milliseconds loading and initialising
 * these classes; the adapter's warm-up, once per class loader, moves that off the first call.
 */
final class HttpCodecWarmUp {

  private HttpCodecWarmUp() {}

  /**
   * Runs the request and responses through the codec.
   *
   * @return how many HTTP messages the codec decoded from the two responses
   * @throws RuntimeException if the codec fails on them (the embedded channel rethrows)
   */
  static int run() {
    int decoded = 0;
    EmbeddedChannel channel = new EmbeddedChannel(new HttpClientCodec(), new HttpContentDecompressor(0));
    try {
      for (byte[] response : new byte[][] {plainResponse(), gzippedChunkedResponse()}) {
        DefaultFullHttpRequest request =
            new DefaultFullHttpRequest(
                HttpVersion.HTTP_1_1, HttpMethod.POST, "/v1/convai/conversations/conv_warm_up/analysis/run", Unpooled.EMPTY_BUFFER);
        request.headers().set("accept", "application/json").set("accept-encoding", "gzip, deflate").set("content-length", "0");
        channel.writeOutbound(request);
        drain(channel, false);
        channel.writeInbound(Unpooled.wrappedBuffer(response));
        decoded += drain(channel, true);
      }
    } finally {
      channel.finishAndReleaseAll();
    }
    return decoded;
  }

  private static int drain(EmbeddedChannel channel, boolean inbound) {
    int messages = 0;
    for (Object message = next(channel, inbound); message != null; message = next(channel, inbound)) {
      ReferenceCountUtil.release(message);
      messages++;
    }
    return messages;
  }

  private static Object next(EmbeddedChannel channel, boolean inbound) {
    return inbound ? channel.readInbound() : channel.readOutbound();
  }

  private static byte[] plainResponse() {
    return ("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] gzippedChunkedResponse() {
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write("{\"conversation_id\":\"conv_warm_up\"}".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] body = gzipped.toByteArray();
    ByteArrayOutputStream response = new ByteArrayOutputStream();
    response.writeBytes(
        ("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\ntransfer-encoding: chunked\r\n\r\n"
                + Integer.toHexString(body.length) + "\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    response.writeBytes(body);
    response.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return response.toByteArray();
  }
}
