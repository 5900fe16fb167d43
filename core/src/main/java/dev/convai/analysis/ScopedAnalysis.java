package dev.convai.analysis;

import dev.convai.conversation.AgentId;
import dev.convai.json.Extensible;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Analysis results of one agent (or branch) of a multi-agent conversation.
 *
 * <p>Wire schema {@code ScopedAnalysisResult}.
 */
@Value.Immutable
public interface ScopedAnalysis extends Extensible {

  /**
   * The scope of the analysis. 'conversation' uses the full transcript; 'agent' uses only the
   * portion where the defining agent was active. Wire name {@code scope}.
   */
  AnalysisScope scope();

  /** Source agent id. Wire name {@code source_agent_id}. */
  AgentId sourceAgentId();

  /**
   * Branch of the agent for this scoped block; disambiguates repeated agent_id. Wire name {@code
   * source_branch_id}; empty when absent or {@code null}.
   */
  Optional<String> sourceBranchId();

  /**
   * Evaluation criteria results. Wire name {@code evaluation_criteria_results}; empty when absent
   * or {@code null}.
   */
  Map<String, CriterionResult> evaluationCriteriaResults();

  /**
   * Data collection results. Wire name {@code data_collection_results}; empty when absent or {@code
   * null}.
   */
  Map<String, DataCollectionResult> dataCollectionResults();

  /** Successful. Wire name {@code successful}. */
  Verdict successful();

  /**
   * A numeric success score of this scoped block, next to {@link #successful()}. Sent by the live
   * API, absent from the documented spec. Wire name {@code success_score}; empty when absent or
   * {@code null}.
   */
  OptionalDouble successScore();

  /** A builder for this type. */
  static ImmutableScopedAnalysis.Builder builder() {
    return ImmutableScopedAnalysis.builder();
  }
}
