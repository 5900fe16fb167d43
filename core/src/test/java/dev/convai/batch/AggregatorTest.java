package dev.convai.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.ScoringMode;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.ConversationId;
import dev.convai.json.JsonValue;
import dev.convai.port.FailureKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AggregatorTest {

  private int next;

  private BatchOutcome success(Analysis analysis) {
    ConversationId id = ConversationId.of("conv_" + next++);
    return BatchOutcome.success(id, TestConversations.of(id, analysis));
  }

  private static Analysis analysis(Verdict callSuccessful, List<CriterionResult> criteria, List<DataCollectionResult> data) {
    return Analysis.builder()
        .callSuccessful(callSuccessful)
        .transcriptSummary("summary")
        .evaluationCriteriaResultsList(criteria)
        .dataCollectionResultsList(data)
        .build();
  }

  private static CriterionResult criterion(String id, Verdict verdict) {
    return CriterionResult.builder().criteriaId(id).result(verdict).rationale("because").build();
  }

  private static DataCollectionResult data(String id, JsonValue value) {
    return DataCollectionResult.builder().dataCollectionId(id).value(Optional.ofNullable(value)).rationale("heard it").build();
  }

  @Test
  void countsVerdictsPerCriterionAndCallSuccess() {
    Aggregator aggregator = new Aggregator();
    aggregator.accept(success(analysis(Verdict.SUCCESS,
        List.of(criterion("greeting", Verdict.SUCCESS), criterion("solved", Verdict.FAILURE)), List.of())));
    aggregator.accept(success(analysis(Verdict.FAILURE,
        List.of(criterion("greeting", Verdict.SUCCESS), criterion("solved", Verdict.UNKNOWN)), List.of())));
    aggregator.accept(success(analysis(Verdict.of("partial"),
        List.of(criterion("greeting", Verdict.of("partial"))), List.of())));
    aggregator.accept(BatchOutcome.success(ConversationId.of("conv_bare"), TestConversations.of(ConversationId.of("conv_bare"))));

    BatchReport report = aggregator.report();
    assertEquals(4, report.succeeded());
    assertEquals(1, report.withoutAnalysis());
    assertEquals(Map.of("success", 1L, "failure", 1L, "partial", 1L), report.callSuccessful().counts());

    CriterionSummary greeting = report.criteria().get("greeting");
    assertEquals(new CriterionSummary("greeting", 2, 0, 0, 1), greeting);
    assertEquals(2.0 / 3, greeting.successRate(), 1e-12);
    CriterionSummary solved = report.criteria().get("solved");
    assertEquals(0.5, solved.failureRate(), 1e-12);
    assertEquals(0.5, solved.unknownRate(), 1e-12);
    assertEquals(List.of("greeting", "solved"), List.copyOf(report.criteria().keySet()));
  }

  private static CriterionResult scored(String id, long score, long maxScore) {
    return CriterionResult.builder()
        .from(criterion(id, score * 2 >= maxScore ? Verdict.SUCCESS : Verdict.FAILURE))
        .scoringMode(ScoringMode.NUMERIC_UNIFORM)
        .score(score)
        .maxScore(maxScore)
        .build();
  }

  @Test
  void averagesTheScoresOfNumericCriteriaExactly() {
    Aggregator aggregator = new Aggregator();
    aggregator.accept(success(analysis(Verdict.SUCCESS,
        List.of(scored("empathy", 7, 10), criterion("greeting", Verdict.SUCCESS)), List.of())));
    aggregator.accept(success(analysis(Verdict.FAILURE,
        List.of(scored("empathy", 2, 10), criterion("greeting", Verdict.FAILURE)), List.of())));
    // A forced verdict: numeric, but without a score; it counts as a verdict, not as a score.
    aggregator.accept(success(analysis(Verdict.SUCCESS,
        List.of(CriterionResult.builder().from(criterion("empathy", Verdict.SUCCESS)).maxScore(10).build()),
        List.of())));
    aggregator.accept(success(analysis(Verdict.SUCCESS, List.of(scored("empathy", 10, 10)), List.of())));

    BatchReport report = aggregator.report();
    CriterionSummary empathy = report.criteria().get("empathy");
    assertEquals(4, empathy.total());
    assertEquals(3, empathy.scores().count());
    assertEquals(new BigDecimal("2"), empathy.scores().min().orElseThrow());
    assertEquals(new BigDecimal("10"), empathy.scores().max().orElseThrow());
    assertEquals(0, new BigDecimal("6.333333333333333333333333333333333").compareTo(empathy.meanScore().orElseThrow()));
    assertEquals(OptionalLong.of(10), empathy.maxScore());

    CriterionSummary greeting = report.criteria().get("greeting");
    assertEquals(new CriterionSummary("greeting", 1, 1, 0, 0), greeting);
    assertTrue(greeting.meanScore().isEmpty());
    assertTrue(greeting.maxScore().isEmpty());
  }

  @Test
  void summarisesDataCollectionValuesAndNumbersExactly() {
    Aggregator aggregator = new Aggregator();
    BigDecimal huge = new BigDecimal("9007199254740993"); // 2^53 + 1: a double would round it
    aggregator.accept(success(analysis(Verdict.SUCCESS, List.of(),
        List.of(data("city", JsonValue.of("Paris")), data("total", JsonValue.of(huge))))));
    aggregator.accept(success(analysis(Verdict.SUCCESS, List.of(),
        List.of(data("city", JsonValue.of("Oslo")), data("total", JsonValue.of(new BigDecimal("0.5")))))));
    aggregator.accept(success(analysis(Verdict.SUCCESS, List.of(),
        List.of(data("city", JsonValue.of("Oslo")), data("total", JsonValue.nullValue())))));
    aggregator.accept(success(analysis(Verdict.SUCCESS, List.of(),
        List.of(data("city", null), data("total", JsonValue.of("n/a"))))));

    BatchReport report = aggregator.report();
    DataCollectionSummary city = report.dataCollection().get("city");
    assertEquals(4, city.results());
    assertEquals(1, city.missing());
    assertEquals(List.of("Oslo", "Paris"), List.copyOf(city.values().counts().keySet()), "most frequent first");
    assertEquals(0, city.numbers().count());

    NumberSummary total = report.dataCollection().get("total").numbers();
    assertEquals(2, total.count());
    assertEquals(huge, total.max().orElseThrow());
    assertEquals(new BigDecimal("0.5"), total.min().orElseThrow());
    assertEquals(0, new BigDecimal("4503599627370496.75").compareTo(total.mean().orElseThrow()));
    assertEquals(Map.of("9007199254740993", 1L, "0.5", 1L, "n/a", 1L), report.dataCollection().get("total").values().counts());
  }

  @Test
  void capsWhatIsKeptButCountsEverything() {
    ReportLimits limits = new ReportLimits(1, 1, 2, 120, 2);
    Aggregator aggregator = new Aggregator(limits);
    for (int i = 0; i < 5; i++) {
      aggregator.accept(success(analysis(Verdict.SUCCESS,
          List.of(criterion("first", Verdict.SUCCESS), criterion("second_" + i, Verdict.FAILURE)),
          List.of(data("item", JsonValue.of("value number " + i)), data("other_" + i, JsonValue.of(i))))));
    }
    for (int i = 0; i < 7; i++) {
      ConversationId id = ConversationId.of("conv_missing_" + i);
      aggregator.accept(BatchOutcome.failure(id, Failures.notFound(id)));
    }
    BatchReport report = aggregator.report();
    assertEquals(List.of("first"), List.copyOf(report.criteria().keySet()));
    assertEquals(5, report.untrackedCriterionResults());
    assertEquals(5, report.untrackedDataCollectionResults());
    ValueCounts values = report.dataCollection().get("item").values();
    assertEquals(2, values.counts().size());
    assertEquals(3, values.others());
    assertEquals(5, values.total());
    assertEquals(List.of("value number 0", "value number 1"), List.copyOf(values.counts().keySet()));

    FailureGroup notFound = report.failures().get(FailureKind.NOT_FOUND);
    assertEquals(7, notFound.count());
    assertEquals(List.of(ConversationId.of("conv_missing_0"), ConversationId.of("conv_missing_1")), notFound.ids());
    assertTrue(notFound.truncated());
    assertEquals(12, report.requested());
    assertFalse(report.allSucceeded());
  }

  @Test
  void nonStringValuesAreCountedAsCompactJson() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("a", JsonValue.of(1));
    members.put("b", JsonValue.array(List.of(JsonValue.of(true), JsonValue.of("x\"y"))));
    assertEquals("{\"a\":1,\"b\":[true,\"x\\\"y\"]}", ValueText.of(JsonValue.object(members), 100));
    assertEquals("{\"a\":1…", ValueText.of(JsonValue.object(members), 6));
    assertEquals("Paris is…", ValueText.of(JsonValue.of("Paris is lovely"), 8));
  }

  @Test
  void agreesWithANaiveCountOverRandomAnalyses() {
    long seed = Long.getLong("aggregator.seed", System.nanoTime());
    System.out.println("AggregatorTest seed=" + seed);
    Random random = new Random(seed);
    List<Verdict> verdicts = List.of(Verdict.SUCCESS, Verdict.FAILURE, Verdict.UNKNOWN, Verdict.of("new"));
    Aggregator aggregator = new Aggregator();
    Map<String, long[]> expected = new HashMap<>();
    List<BigDecimal> numbers = new ArrayList<>();
    int outcomes = 1 + random.nextInt(500);
    for (int i = 0; i < outcomes; i++) {
      List<CriterionResult> criteria = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        if (random.nextBoolean()) {
          Verdict verdict = verdicts.get(random.nextInt(verdicts.size()));
          criteria.add(criterion("c" + c, verdict));
          expected.computeIfAbsent("c" + c, any -> new long[4])[verdicts.indexOf(verdict)]++;
        }
      }
      BigDecimal number = BigDecimal.valueOf(random.nextInt(2001) - 1000, random.nextInt(3));
      numbers.add(number);
      aggregator.accept(success(analysis(Verdict.SUCCESS, criteria, List.of(data("n", JsonValue.of(number))))));
    }
    BatchReport report = aggregator.report();
    expected.forEach(
        (id, counts) -> assertEquals(
            new CriterionSummary(id, counts[0], counts[1], counts[2], counts[3]), report.criteria().get(id), "seed=" + seed));
    NumberSummary summary = report.dataCollection().get("n").numbers();
    assertEquals(numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add), summary.sum(), "seed=" + seed);
    assertEquals(numbers.stream().min(BigDecimal::compareTo), summary.min(), "seed=" + seed);
    assertEquals(numbers.stream().max(BigDecimal::compareTo), summary.max(), "seed=" + seed);
  }
}
