package dev.convai.adapter.fake;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.DataCollectionSchema;
import dev.convai.analysis.ImmutableCriterionResult;
import dev.convai.analysis.ImmutableDataCollectionResult;
import dev.convai.analysis.SchemaValueType;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.json.JsonValue;
import dev.convai.transcript.TranscriptEntry;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the fake's analysis run computes: a verdict with a rationale for each criterion, a value
 * of the declared JSON type for each data-collection item, the call's success, a summary and a
 * title.
 *
 * <p>A stand-in for the platform's language model, not an imitation of its judgement: each
 * verdict and value is drawn from {@link DeterministicRandom} seeded by the conversation id, the
 * transcript's text and the criterion or item (id, name, prompt, type, description). So the
 * result is the same for the same inputs, and changes when a criterion or the transcript does;
 * adding or removing one criterion leaves the others' verdicts as they were. Verdicts are success
 * 70 %, failure 20 %, unknown 10 %; a numeric criterion instead gets a score from 0 to its maximum,
 * uniformly, and success from half the maximum up; an empty transcript gives unknown verdicts, no
 * scores and no values.
 * Integers are the first number the user said (up to 18 digits), else 1 to 100; numbers 0.0 to
 * 5.0 in tenths; strings a user turn (at most 60 characters) or one of the item's {@code enum}
 * values; booleans either.
 *
 * <p>Stateless; forced verdicts and values are applied by the caller.
 */
final class AnalysisEngine {

  private static final int EXCERPT = 60;
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private AnalysisEngine() {}

  /** The analysis of this conversation with these settings and these forced results. */
  static Analysis analyse(
      Conversation conversation,
      AgentSettings settings,
      Map<String, Verdict> forcedVerdicts,
      Map<String, JsonValue> forcedValues) {
    String transcriptText = transcriptText(conversation.transcript());
    String id = conversation.conversationId().value();

    Map<String, CriterionResult> criteria = new LinkedHashMap<>();
    for (EvaluationCriterion criterion : settings.criteria()) {
      criteria.put(criterion.id(), evaluate(id, transcriptText, conversation.transcript(), criterion));
    }
    Map<String, DataCollectionResult> collected = new LinkedHashMap<>();
    for (DataCollectionItem item : settings.dataCollection()) {
      collected.put(item.id(), collect(id, transcriptText, conversation.transcript(), item));
    }
    putForced(criteria, collected, forcedVerdicts, forcedValues, settings);
    return Analysis.builder()
        .evaluationCriteriaResults(criteria)
        .dataCollectionResults(collected)
        .callSuccessful(callSuccess(criteria, !conversation.transcript().isEmpty()))
        .transcriptSummary(summary(conversation))
        .callSummaryTitle(title(conversation))
        .build();
  }

  /**
   * A scripted analysis with forced verdicts and values in place of its own (or added after
   * them), and the call's success derived again from the criteria. With nothing forced, the
   * analysis unchanged.
   */
  static Analysis withForced(
      Analysis analysis,
      boolean hasTranscript,
      Map<String, Verdict> forcedVerdicts,
      Map<String, JsonValue> forcedValues,
      AgentSettings settings) {
    if (forcedVerdicts.isEmpty() && forcedValues.isEmpty()) {
      return analysis;
    }
    Map<String, CriterionResult> criteria = new LinkedHashMap<>(analysis.evaluationCriteriaResults());
    Map<String, DataCollectionResult> collected = new LinkedHashMap<>(analysis.dataCollectionResults());
    putForced(criteria, collected, forcedVerdicts, forcedValues, settings);
    return Analysis.builder()
        .from(analysis)
        .evaluationCriteriaResults(criteria)
        .dataCollectionResults(collected)
        .callSuccessful(callSuccess(criteria, hasTranscript))
        .build();
  }

  private static void putForced(
      Map<String, CriterionResult> criteria,
      Map<String, DataCollectionResult> collected,
      Map<String, Verdict> forcedVerdicts,
      Map<String, JsonValue> forcedValues,
      AgentSettings settings) {
    forcedVerdicts.forEach(
        (criterionId, verdict) -> criteria.put(criterionId, forced(criterionId, verdict, settings)));
    forcedValues.forEach(
        (itemId, value) -> {
          // The schema of the agent's item, else the one the result already had.
          Optional<DataCollectionSchema> schema =
              settings.dataCollection().stream()
                  .filter(item -> item.id().equals(itemId))
                  .map(DataCollectionItem::schema)
                  .findFirst()
                  .or(() -> Optional.ofNullable(collected.get(itemId)).flatMap(DataCollectionResult::jsonSchema));
          collected.put(
              itemId,
              DataCollectionResult.builder()
                  .dataCollectionId(itemId)
                  .value(value)
                  .jsonSchema(schema)
                  .rationale("Scripted: the value was forced.")
                  .build());
        });
  }

  /** One criterion of the agent's settings, run on this conversation as {@link #analyse} runs it. */
  static CriterionResult evaluate(Conversation conversation, EvaluationCriterion criterion) {
    return evaluate(
        conversation.conversationId().value(), transcriptText(conversation.transcript()), conversation.transcript(), criterion);
  }

  /** The result a forced verdict gives: no score, but the criterion keeps how it is scored. */
  static CriterionResult forced(String criterionId, Verdict verdict, AgentSettings settings) {
    ImmutableCriterionResult.Builder forced =
        CriterionResult.builder()
            .criteriaId(criterionId)
            .result(verdict)
            .rationale("Scripted: the verdict was forced to " + verdict + ".");
    settings.criteria().stream()
        .filter(criterion -> criterion.id().equals(criterionId))
        .findFirst()
        .ifPresent(criterion -> forced.scoringMode(criterion.scoringMode()).maxScore(criterion.maxScore()));
    return forced.build();
  }

  /** Failure if any criterion failed; otherwise unknown if any is unknown; otherwise success. */
  static Verdict callSuccess(Map<String, CriterionResult> criteria, boolean hasTranscript) {
    if (!hasTranscript) {
      return Verdict.UNKNOWN;
    }
    boolean unknown = false;
    for (CriterionResult result : criteria.values()) {
      if (Verdict.FAILURE.equals(result.result())) {
        return Verdict.FAILURE;
      }
      unknown |= !Verdict.SUCCESS.equals(result.result());
    }
    return unknown ? Verdict.UNKNOWN : Verdict.SUCCESS;
  }

  private static CriterionResult evaluate(
      String id, String transcriptText, List<TranscriptEntry> transcript, EvaluationCriterion criterion) {
    ImmutableCriterionResult.Builder result =
        CriterionResult.builder()
            .criteriaId(criterion.id())
            .scoringMode(criterion.scoringMode())
            .maxScore(criterion.maxScore());
    String quoted = "\"" + criterion.name() + "\" (" + criterion.prompt() + ")";
    if (transcript.isEmpty()) {
      return result
          .result(Verdict.UNKNOWN)
          .rationale("The transcript is empty, so " + quoted + " cannot be judged.")
          .build();
    }
    DeterministicRandom random =
        DeterministicRandom.seededBy("criterion", id, transcriptText, criterion.id(), criterion.name(), criterion.prompt());
    int roll = random.nextInt(100);
    // Criteria judge the agent, so the evidence is one of its turns when it has any.
    List<Integer> candidates = new java.util.ArrayList<>();
    for (int i = 0; i < transcript.size(); i++) {
      if (transcript.get(i).isAgent()) {
        candidates.add(i);
      }
    }
    int turn = candidates.isEmpty()
        ? random.nextInt(transcript.size())
        : candidates.get(random.nextInt(candidates.size()));
    String evidence = "turn " + (turn + 1) + ", \"" + excerpt(text(transcript.get(turn))) + "\"";
    if (criterion.isNumeric()) {
      long max = criterion.maxScore().getAsLong();
      long score = random.between(0, (int) max);
      return result
          .score(score)
          .result(score * 2 >= max ? Verdict.SUCCESS : Verdict.FAILURE)
          .rationale("Scored " + score + " of " + max + " on " + quoted + ": see " + evidence + ".")
          .build();
    }
    if (roll < 70) {
      return result.result(Verdict.SUCCESS).rationale("Met " + quoted + ": see " + evidence + ".").build();
    }
    if (roll < 90) {
      return result.result(Verdict.FAILURE).rationale("Not met " + quoted + ": " + evidence + " falls short.").build();
    }
    return result
        .result(Verdict.UNKNOWN)
        .rationale("The transcript does not show whether " + quoted + " was met.")
        .build();
  }

  private static DataCollectionResult collect(
      String id, String transcriptText, List<TranscriptEntry> transcript, DataCollectionItem item) {
    ImmutableDataCollectionResult.Builder result =
        DataCollectionResult.builder().dataCollectionId(item.id()).jsonSchema(item.schema());
    String what = "\"" + item.schema().description() + "\"";
    if (transcript.isEmpty()) {
      return result.rationale("The transcript is empty; nothing to collect for " + what + ".").build();
    }
    DeterministicRandom random =
        DeterministicRandom.seededBy(
            "data-collection", id, transcriptText, item.id(), item.type().value(), item.schema().description());
    SchemaValueType type = item.type();
    Optional<JsonValue> value;
    if (SchemaValueType.STRING.equals(type)) {
      List<String> userTurns =
          transcript.stream()
              .filter(TranscriptEntry::isUser)
              .map(AnalysisEngine::text)
              .filter(text -> !text.isEmpty())
              .collect(Collectors.toList());
      if (!item.schema().enumValues().isEmpty()) {
        value = Optional.of(JsonValue.of(random.pick(item.schema().enumValues())));
      } else if (!userTurns.isEmpty()) {
        value = Optional.of(JsonValue.of(excerpt(random.pick(userTurns))));
      } else {
        value = Optional.empty();
      }
    } else if (SchemaValueType.INTEGER.equals(type)) {
      value = Optional.of(JsonValue.of(firstNumberSaidByUser(transcript).orElse(random.between(1, 100))));
    } else if (SchemaValueType.NUMBER.equals(type)) {
      // Tenths with scale 1, so the value reads as a number, never as an integer.
      value = Optional.of(JsonValue.of(BigDecimal.valueOf(random.between(0, 50), 1)));
    } else if (SchemaValueType.BOOLEAN.equals(type)) {
      value = Optional.of(JsonValue.of(random.chance(50)));
    } else {
      return result.rationale("The fake does not collect values of type " + type + ".").build();
    }
    return result
        .value(value)
        .rationale(
            value.isPresent()
                ? "Collected for " + what + " from the transcript."
                : "Nothing in the transcript answers " + what + ".")
        .build();
  }

  /** The first run of 1 to 18 ASCII digits in the user's turns, as said: a reference number. */
  private static OptionalLong firstNumberSaidByUser(List<TranscriptEntry> transcript) {
    for (TranscriptEntry entry : transcript) {
      if (entry.isUser()) {
        Matcher digits = DIGITS.matcher(text(entry));
        while (digits.find()) {
          if (digits.group().length() <= 18) {
            return OptionalLong.of(Long.parseLong(digits.group()));
          }
        }
      }
    }
    return OptionalLong.empty();
  }

  /** Who spoke how often, and how the user opened; or that there is no transcript. */
  static String summary(Conversation conversation) {
    List<TranscriptEntry> transcript = conversation.transcript();
    if (transcript.isEmpty()) {
      return "The conversation has no transcript.";
    }
    long userTurns = transcript.stream().filter(TranscriptEntry::isUser).count();
    long agentTurns = transcript.stream().filter(TranscriptEntry::isAgent).count();
    StringBuilder summary =
        new StringBuilder("The user spoke ")
            .append(times(userTurns))
            .append(" and the agent ")
            .append(times(agentTurns))
            .append(" in a call of ")
            .append(conversation.metadata().callDurationSecs())
            .append(" s.");
    firstUserTurn(transcript)
        .ifPresent(text -> summary.append(" The user opened with \"").append(excerpt(text)).append("\"."));
    long toolCalls = conversation.toolCalls().size();
    if (toolCalls > 0) {
      summary.append(" The agent used ").append(toolCalls == 1 ? "a tool" : toolCalls + " tools").append('.');
    }
    return summary.toString();
  }

  /** The first words of the user's first turn, or a title naming the conversation. */
  static String title(Conversation conversation) {
    return firstUserTurn(conversation.transcript())
        .map(
            text -> {
              String[] words = text.replaceAll("[.!?,;:]+$", "").trim().split("\\s+");
              return String.join(" ", List.of(words).subList(0, Math.min(6, words.length)));
            })
        .filter(title -> !title.isBlank())
        .orElse("Conversation " + conversation.conversationId().value());
  }

  private static Optional<String> firstUserTurn(List<TranscriptEntry> transcript) {
    return transcript.stream().filter(TranscriptEntry::isUser).map(AnalysisEngine::text).filter(t -> !t.isEmpty()).findFirst();
  }

  private static String times(long n) {
    return n == 1 ? "once" : n + " times";
  }

  private static String transcriptText(List<TranscriptEntry> transcript) {
    return transcript.stream()
        .map(entry -> entry.role().value() + ": " + text(entry))
        .collect(Collectors.joining("\n"));
  }

  private static String text(TranscriptEntry entry) {
    return entry.text().orElse("");
  }

  private static String excerpt(String text) {
    if (text.length() <= EXCERPT) {
      return text;
    }
    int end = EXCERPT;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
