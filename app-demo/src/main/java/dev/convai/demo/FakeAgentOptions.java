package dev.convai.demo;

import dev.convai.adapter.fake.AgentSettings;
import dev.convai.adapter.fake.EvaluationCriterion;
import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --fake-criterion ID=PROMPT} and {@code --fake-drop-criterion ID}: change the evaluation
 * criteria of the fake backend's agent for this run, as a user edits an agent's criteria on the
 * platform, so the re-analysis workflow ({@code fetch}, change, {@code analyze}, {@code diff}) can
 * be tried with no key. The fake's verdicts are drawn from the criterion's id, name and prompt, so
 * a changed prompt gives changed verdicts.
 */
final class FakeAgentOptions {

  @Option(
      names = "--fake-criterion",
      paramLabel = "ID=PROMPT",
      description = {
        "fake only: give the fake agent (agent_fake_support) this evaluation criterion, or"
            + " replace the prompt of the one with this id (greeting, issue_resolved and"
            + " polite_tone at first). Repeatable."
      })
  Map<String, String> criteria = new java.util.LinkedHashMap<>();

  @Option(
      names = "--fake-numeric-criterion",
      paramLabel = "ID:MAX=PROMPT",
      description = {
        "fake only: the same for a numerically scored criterion, scored from 0 to MAX (success from"
            + " half of MAX up), such as empathy:5=\"The agent acknowledges the user's problem.\"."
            + " Repeatable."
      })
  Map<String, String> numeric = new java.util.LinkedHashMap<>();

  @Option(
      names = "--fake-drop-criterion",
      paramLabel = "ID",
      description = "fake only: remove this evaluation criterion from the fake agent. Repeatable.")
  List<String> dropped = new ArrayList<>();

  /** Whether any change was asked for. */
  boolean any() {
    return !criteria.isEmpty() || !numeric.isEmpty() || !dropped.isEmpty();
  }

  /**
   * Applies the changes to the fake's agent.
   *
   * @throws IllegalArgumentException when a change names no criterion or gives an empty prompt
   */
  void applyTo(FakeConversationAnalysisAdapter fake) {
    for (Map.Entry<String, String> criterion : criteria.entrySet()) {
      if (criterion.getKey().isBlank() || criterion.getValue().isBlank()) {
        throw new IllegalArgumentException("--fake-criterion needs ID=PROMPT, both non-empty");
      }
    }
    for (Map.Entry<String, String> criterion : numeric.entrySet()) {
      int colon = criterion.getKey().lastIndexOf(':');
      if (colon <= 0 || criterion.getValue().isBlank() || maxScore(criterion.getKey().substring(colon + 1)) < 1) {
        throw new IllegalArgumentException("--fake-numeric-criterion needs ID:MAX=PROMPT, MAX a whole number from 1");
      }
    }
    fake.updateAgent(FakeConversationAnalysisAdapter.GENERATED_AGENT, this::change);
  }

  private AgentSettings change(AgentSettings settings) {
    AgentSettings changed = settings;
    for (String id : dropped) {
      if (changed.criteria().stream().noneMatch(criterion -> criterion.id().equals(id))) {
        throw new IllegalArgumentException("--fake-drop-criterion " + id + ": the fake agent has no such criterion");
      }
      changed = changed.withoutCriterion(id);
    }
    for (Map.Entry<String, String> criterion : criteria.entrySet()) {
      String id = criterion.getKey().strip();
      String name =
          changed.criteria().stream()
              .filter(existing -> existing.id().equals(id))
              .map(EvaluationCriterion::name)
              .findFirst()
              .orElse(id.replace('_', ' '));
      changed = changed.withCriterion(new EvaluationCriterion(id, name, criterion.getValue().strip()));
    }
    for (Map.Entry<String, String> criterion : numeric.entrySet()) {
      int colon = criterion.getKey().lastIndexOf(':');
      String id = criterion.getKey().substring(0, colon).strip();
      changed =
          changed.withCriterion(
              EvaluationCriterion.numeric(
                  id, name(changed, id), criterion.getValue().strip(), maxScore(criterion.getKey().substring(colon + 1))));
    }
    return changed;
  }

  private static String name(AgentSettings settings, String id) {
    return settings.criteria().stream()
        .filter(existing -> existing.id().equals(id))
        .map(EvaluationCriterion::name)
        .findFirst()
        .orElse(id.replace('_', ' '));
  }

  private static long maxScore(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }
}
