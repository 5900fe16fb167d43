package dev.convai.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ConversationQueryTest {

  @Test
  void anEmptyQueryAsksForTheFirstPageWithoutFilters() {
    ConversationQuery all = ConversationQuery.all();

    assertEquals(Optional.empty(), all.cursor());
    assertEquals(Optional.empty(), all.agentId());
    assertTrue(all.toolNames().isEmpty());
  }

  @Test
  void fractionalInstantsRoundUpToTheApisWholeSeconds() {
    ConversationQuery query =
        ConversationQuery.builder()
            .callStartAfter(Instant.ofEpochSecond(100, 1))
            .callStartBefore(Instant.ofEpochSecond(200))
            .build();

    assertEquals(Optional.of(101L), query.callStartAfterUnixSecs());
    assertEquals(Optional.of(200L), query.callStartBeforeUnixSecs());
  }

  @Test
  void withCursorKeepsTheFiltersAndFirstPageDropsTheCursor() {
    ConversationQuery query = ConversationQuery.builder().agentId(AgentId.of("agent_1")).pageSize(5).build();

    ConversationQuery next = query.withCursor("c2");

    assertEquals(Optional.of("c2"), next.cursor());
    assertEquals(query.agentId(), next.agentId());
    assertEquals(query, next.firstPage());
  }

  @Test
  void invalidQueriesAreRefusedWithAMessageThatSaysWhy() {
    assertRefused("callStartBefore", () -> ConversationQuery.builder()
        .callStartAfter(Instant.ofEpochSecond(200)).callStartBefore(Instant.ofEpochSecond(100)).build());
    assertRefused("whole seconds", () -> ConversationQuery.builder().callDurationMin(Duration.ofMillis(1500)).build());
    assertRefused("must not be negative", () -> ConversationQuery.builder().callDurationMax(Duration.ofSeconds(-1)).build());
    assertRefused("callDurationMax", () -> ConversationQuery.builder()
        .callDurationMin(Duration.ofSeconds(60)).callDurationMax(Duration.ofSeconds(30)).build());
    assertRefused("ratingMin must be between 1 and 5", () -> ConversationQuery.builder().ratingMin(0).build());
    assertRefused("ratingMax must be between 1 and 5", () -> ConversationQuery.builder().ratingMax(6).build());
    assertRefused("ratingMax (2)", () -> ConversationQuery.builder().ratingMin(4).ratingMax(2).build());
    assertRefused("pageSize must be between 1 and 100, was 101", () -> ConversationQuery.builder().pageSize(101).build());
    assertRefused("pageSize must be between 1 and 100, was 0", () -> ConversationQuery.builder().pageSize(0).build());
    assertRefused("search must not be blank", () -> ConversationQuery.builder().search(" ").build());
    assertRefused("cursor must not be blank", () -> ConversationQuery.builder().cursor("").build());
    assertRefused("agentId must not be blank", () -> ConversationQuery.builder().agentId(AgentId.of("")).build());
    assertRefused("toolNames element", () -> ConversationQuery.builder().addToolName(" ").build());
    assertRefused("blank", () -> ConversationQuery.all().withCursor(" "));
  }

  @Test
  void boundariesThatAreValidAreAccepted() {
    ConversationQuery query =
        ConversationQuery.builder()
            .pageSize(1)
            .ratingMin(1)
            .ratingMax(1)
            .callDurationMin(Duration.ZERO)
            .callDurationMax(Duration.ZERO)
            .callStartAfter(Instant.EPOCH)
            .callStartBefore(Instant.EPOCH)
            .build();

    assertEquals(1, query.pageSize().getAsInt());
  }

  @Test
  void filtersWriteTheApisParameterFormat() {
    assertEquals("greeting:success", EvaluationFilter.of("greeting", Verdict.SUCCESS).toParameter());
    assertEquals("order:eq:4711", DataCollectionFilter.equalTo("order", "4711").toParameter());
    assertEquals("order:neq:1", DataCollectionFilter.notEqualTo("order", "1").toParameter());
    assertEquals("score:gt:3", DataCollectionFilter.greaterThan("score", "3").toParameter());
    assertEquals("score:lte:3", DataCollectionFilter.atMost("score", "3").toParameter());
    assertEquals("score:lt:3", DataCollectionFilter.lessThan("score", "3").toParameter());
    assertEquals("topic:in:a|b|c", DataCollectionFilter.in("topic", "a", "b", "c").toParameter());
    assertEquals("topic:exists", DataCollectionFilter.exists("topic").toParameter());
    assertEquals("topic:missing", DataCollectionFilter.missing("topic").toParameter());
    assertEquals(
        "topic:regex:^a",
        DataCollectionFilter.of("topic", DataCollectionOperator.of("regex"), "^a").toParameter(),
        "an operator added later is passed through");
  }

  @Test
  void filtersRefuseWhatTheFormatCannotCarry() {
    assertRefused("must not contain ':'", () -> EvaluationFilter.of("a:b", Verdict.SUCCESS));
    assertRefused("must not be blank", () -> EvaluationFilter.of(" ", Verdict.SUCCESS));
    assertRefused("takes exactly one value", () -> DataCollectionFilter.of("x", DataCollectionOperator.EQ));
    assertRefused("takes no value", () -> DataCollectionFilter.of("x", DataCollectionOperator.EXISTS, "1"));
    assertRefused("at least one value", () -> DataCollectionFilter.in("x"));
    assertRefused("must not contain '|'", () -> DataCollectionFilter.in("x", "a|b"));
    assertEquals(List.of("a"), DataCollectionFilter.in("x", "a").values());
  }

  private static void assertRefused(String fragment, Supplier<?> build) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, build::get);
    assertTrue(
        refused.getMessage().contains(fragment),
        () -> "message \"" + refused.getMessage() + "\" should contain \"" + fragment + "\"");
  }
}
