package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.convai.conversation.Conversation;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Round-trip properties of {@link ConversationJson}, over seeded random inputs: domain values,
 * payloads of the live specification, and payloads of an API that has moved on and sends members
 * no schema names at every depth. Each run draws a fresh base seed (or takes {@code
 * -Dconvai.seed=...}) and every failure names the seed of the failing case, so it can be replayed.
 */
class ConversationJsonPropertyTest {

  private static final int CASES = 300;
  private static final ObjectMapper EXACT =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final SpecNormaliser NORMALISER = SpecNormaliser.fromSpec();

  private static long baseSeed() {
    String fixed = System.getProperty("convai.seed");
    return fixed != null ? Long.parseLong(fixed) : new Random().nextLong();
  }

  @Test
  void decodingAnEncodedConversationGivesItBack() {
    long base = baseSeed();
    for (int i = 0; i < CASES; i++) {
      long seed = base + i;
      Conversation conversation = new ArbitraryConversations(seed).next();
      String json;
      try {
        json = ConversationJson.encode(conversation);
        assertEquals(conversation, ConversationJson.decode(json), () -> "seed " + seed);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("failed for seed " + seed + " (replay with -Dconvai.seed=" + seed + ")", e);
      }
    }
  }

  @Test
  void anApiThatSendsMembersNoSchemaNamesGetsThemBackLeafForLeaf() throws IOException {
    long base = baseSeed();
    int unknownMembers = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = base + i;
      SpecPayloads payloads = SpecPayloads.evolving(seed);
      JsonNode payload = payloads.conversation();
      try {
        byte[] bytes = EXACT.writeValueAsBytes(payload);
        JsonNode reencoded = EXACT.readTree(ConversationJson.encode(ConversationJson.decode(bytes)));
        assertEquals(
            NORMALISER.normalise(EXACT.readTree(bytes)),
            NORMALISER.normalise(reencoded),
            () -> "seed " + seed);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("failed for seed " + seed + " (replay with -Dconvai.seed=" + seed + ")", e);
      }
      unknownMembers += payloads.unknownMembersAdded();
    }
    // Otherwise the property says nothing about unknown members.
    assertTrue(unknownMembers > CASES, "only " + unknownMembers + " unknown members in " + CASES + " payloads");
  }

  @Test
  void encodingADecodedSpecValidPayloadGivesThePayloadBackModuloNormalisation() throws IOException {
    long base = baseSeed();
    for (int i = 0; i < CASES; i++) {
      long seed = base + i;
      JsonNode payload = new SpecPayloads(seed).conversation();
      try {
        byte[] bytes = EXACT.writeValueAsBytes(payload);
        JsonNode reencoded = EXACT.readTree(ConversationJson.encode(ConversationJson.decode(bytes)));
        assertEquals(
            NORMALISER.normalise(EXACT.readTree(bytes)),
            NORMALISER.normalise(reencoded),
            () -> "seed " + seed);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("failed for seed " + seed + " (replay with -Dconvai.seed=" + seed + ")", e);
      }
    }
  }
}
