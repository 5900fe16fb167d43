package dev.convai.adapter.http;

import static dev.convai.adapter.http.Outcomes.success;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.conversation.ConversationId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated conversations encode to exactly the bytes committed under {@code golden/}, so every
 * JVM, platform, locale and run that builds this module produces the same JSON for the same id.
 * The files were written by this test; the build runs it on JDK 17 and newer JDKs alike.
 *
 * <p>After an intended change to the generator, rewrite them with
 * {@code -Dconvai.golden.update=true} (from the module directory) and review the diff.
 */
class FakeConversationGoldenTest {

  /** A typical id, a one-letter id whose call uses a tool, a non-ASCII one; files are named by index. */
  private static final List<String> IDS =
      List.of("conv_01jwzz3ygceg7v0te0rewn2nzj", "y", "konversation/äöü?#✓ 😀");

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void aGeneratedConversationEncodesToTheCommittedBytes(int index) throws IOException {
    ConversationId id = ConversationId.of(IDS.get(index));
    byte[] actual;
    try (FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create()) {
      actual = ConversationJson.encodeToBytes(success(fake.runAnalysis(id)));
    }
    String name = "golden/generated-" + index + ".json";
    byte[] expected;
    if (Boolean.getBoolean("convai.golden.update")) {
      Files.write(Path.of("src/test/resources").resolve(name), actual);
      expected = actual; // rewriting, not checking: review the diff before committing
    } else {
      expected = resource(name);
    }
    assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
    assertArrayEquals(expected, actual);
  }

  private static byte[] resource(String name) {
    try (InputStream in = FakeConversationGoldenTest.class.getClassLoader().getResourceAsStream(name)) {
      assertNotNull(in, () -> name + " is missing: run once with -Dconvai.golden.update=true");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
