package dev.convai.adapter.http;

import dev.convai.history.ConversationQuery;
import dev.convai.history.DataCollectionFilter;
import dev.convai.history.EvaluationFilter;
import dev.convai.common.OpenVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The query parameters of {@code GET /v1/convai/conversations} for a query, in the spec's order. */
final class ListParameters {

  private final List<Map.Entry<String, String>> parameters = new ArrayList<>();

  private ListParameters() {}

  static List<Map.Entry<String, String>> of(ConversationQuery query) {
    ListParameters p = new ListParameters();
    p.one("cursor", query.cursor());
    p.one("agent_id", query.agentId().map(Object::toString));
    p.one("call_successful", query.callSuccessful().map(OpenVocabulary::value));
    p.one("call_start_before_unix", query.callStartBeforeUnixSecs().map(String::valueOf));
    p.one("call_start_after_unix", query.callStartAfterUnixSecs().map(String::valueOf));
    p.one("call_duration_min_secs", query.callDurationMin().map(d -> Long.toString(d.getSeconds())));
    p.one("call_duration_max_secs", query.callDurationMax().map(d -> Long.toString(d.getSeconds())));
    p.one("rating_max", query.ratingMax().isPresent() ? Optional.of(Integer.toString(query.ratingMax().getAsInt())) : Optional.empty());
    p.one("rating_min", query.ratingMin().isPresent() ? Optional.of(Integer.toString(query.ratingMin().getAsInt())) : Optional.empty());
    p.one("has_feedback_comment", query.hasFeedbackComment().map(String::valueOf));
    p.one("user_id", query.userId());
    p.each("evaluation_params", query.evaluationFilters().stream().map(EvaluationFilter::toParameter).toList());
    p.each("data_collection_params", query.dataCollectionFilters().stream().map(DataCollectionFilter::toParameter).toList());
    p.each("tool_names", query.toolNames());
    p.each("tool_names_successful", query.toolNamesSuccessful());
    p.each("tool_names_errored", query.toolNamesErrored());
    p.each("main_languages", query.mainLanguages());
    p.one("page_size", query.pageSize().isPresent() ? Optional.of(Integer.toString(query.pageSize().getAsInt())) : Optional.empty());
    p.one("summary_mode", query.summaryMode().map(OpenVocabulary::value));
    p.one("search", query.search());
    p.one("conversation_initiation_source", query.initiationSource().map(OpenVocabulary::value));
    p.one("text_only", query.textOnly().map(String::valueOf));
    p.one("conversation_product_type", query.productType().map(OpenVocabulary::value));
    p.one("branch_id", query.branchId());
    p.each("topic_ids", query.topicIds());
    p.each("exclude_statuses", query.excludedStatuses().stream().map(OpenVocabulary::value).toList());
    p.each("tag_ids", query.tagIds());
    p.one("workflow_node_entered_id", query.workflowNodeEnteredId());
    p.each("termination_reasons", query.terminationReasons());
    return List.copyOf(p.parameters);
  }

  private void one(String name, Optional<String> value) {
    value.ifPresent(v -> parameters.add(Map.entry(name, v)));
  }

  private void each(String name, List<String> values) {
    values.forEach(v -> parameters.add(Map.entry(name, v)));
  }
}
