package dev.convai.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.analysis.Verdict;
import dev.convai.initiation.LlmModel;
import dev.convai.transcript.Role;
import org.junit.jupiter.api.Test;

class OpenVocabularyTest {

  @Test
  void aKnownValueIsTheSharedConstant() {
    assertSame(LlmModel.GPT_4O, LlmModel.of("gpt-4o"));
    assertTrue(LlmModel.of("gpt-4o").isKnown());
  }

  @Test
  void anUnknownValueIsKeptWithItsText() {
    LlmModel future = LlmModel.of("gpt-9-turbo");
    assertFalse(future.isKnown());
    assertEquals("gpt-9-turbo", future.value());
    assertEquals(LlmModel.of("gpt-9-turbo"), future);
    assertFalse(LlmModel.knownValues().contains(future));
  }

  @Test
  void valuesOfDifferentVocabulariesNeverEqual() {
    assertNotEquals(Verdict.of("unknown"), Role.of("unknown"));
  }

  @Test
  void knownValuesFollowTheApisOrder() {
    assertEquals(Verdict.SUCCESS, Verdict.knownValues().iterator().next());
    assertEquals(3, Verdict.knownValues().size());
  }
}
