package dev.convai.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConversationIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", ".", ".."})
  void refusesTextThatCanNeverBeOnePathSegment(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ConversationId.of(text));
    assertTrue(e.getMessage().startsWith("A conversation id must not"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"conv\u0000id", "conv\nid", "conv\u007fid"})
  void refusesControlCharactersAndSaysWhere(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ConversationId.of(text));
    assertTrue(e.getMessage().contains("at index 4"), e.getMessage());
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> ConversationId.of(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"conv_01jwzz3ygceg7v0te0rewn2nzj", "a/b", "a?b#c", "100%", "x y", "żółw", "...", ".a"})
  void acceptsEverythingElseUnchanged(String text) {
    assertEquals(text, ConversationId.of(text).value());
    assertEquals(ConversationId.of(text), ConversationId.of(text));
  }
}
