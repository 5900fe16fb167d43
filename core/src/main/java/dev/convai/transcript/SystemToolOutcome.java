package dev.convai.transcript;

import dev.convai.json.Extensible;
import java.util.Optional;

/**
 * The structured outcome of a system tool, by {@code result_type}; an unknown one arrives as {@link
 * UnknownSystemToolOutcome} with all its data.
 *
 * <p>Java 17 has no pattern {@code switch}: use {@link #kind()} or {@link #accept(Visitor)}.
 * Wire schema {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult},
 * discriminated by {@code result_type}.
 */
public sealed interface SystemToolOutcome extends Extensible
    permits EndCallOutcome, KnowledgeBaseRagOutcome, LanguageDetectionOutcome, PlayDtmfErrorOutcome, PlayDtmfSuccessOutcome, RunSubagentErrorOutcome, RunSubagentSuccessOutcome, SkipTurnOutcome, TestToolOutcome, TransferToAgentErrorOutcome, TransferToAgentSuccessOutcome, TransferToNumberErrorOutcome, TransferToNumberExotelSuccessOutcome, TransferToNumberSipSuccessOutcome, TransferToNumberTwilioSuccessOutcome, VoicemailDetectionOutcome, UnknownSystemToolOutcome {

  /** The variants, each with the {@code result_type} value that selects it. */
  enum Kind {
    /** {@code end_call_success}: see {@link EndCallOutcome}. */
    END_CALL_SUCCESS("end_call_success"),
    /** {@code knowledge_base_rag_success}: see {@link KnowledgeBaseRagOutcome}. */
    KNOWLEDGE_BASE_RAG_SUCCESS("knowledge_base_rag_success"),
    /** {@code language_detection_success}: see {@link LanguageDetectionOutcome}. */
    LANGUAGE_DETECTION_SUCCESS("language_detection_success"),
    /** {@code play_dtmf_error}: see {@link PlayDtmfErrorOutcome}. */
    PLAY_DTMF_ERROR("play_dtmf_error"),
    /** {@code play_dtmf_success}: see {@link PlayDtmfSuccessOutcome}. */
    PLAY_DTMF_SUCCESS("play_dtmf_success"),
    /** {@code run_subagent_error}: see {@link RunSubagentErrorOutcome}. */
    RUN_SUBAGENT_ERROR("run_subagent_error"),
    /** {@code run_subagent_success}: see {@link RunSubagentSuccessOutcome}. */
    RUN_SUBAGENT_SUCCESS("run_subagent_success"),
    /** {@code skip_turn_success}: see {@link SkipTurnOutcome}. */
    SKIP_TURN_SUCCESS("skip_turn_success"),
    /** {@code testing_tool_result}: see {@link TestToolOutcome}. */
    TESTING_TOOL_RESULT("testing_tool_result"),
    /** {@code transfer_to_agent_error}: see {@link TransferToAgentErrorOutcome}. */
    TRANSFER_TO_AGENT_ERROR("transfer_to_agent_error"),
    /** {@code transfer_to_agent_success}: see {@link TransferToAgentSuccessOutcome}. */
    TRANSFER_TO_AGENT_SUCCESS("transfer_to_agent_success"),
    /** {@code transfer_to_number_error}: see {@link TransferToNumberErrorOutcome}. */
    TRANSFER_TO_NUMBER_ERROR("transfer_to_number_error"),
    /** {@code transfer_to_number_exotel_success}: see {@link TransferToNumberExotelSuccessOutcome}. */
    TRANSFER_TO_NUMBER_EXOTEL_SUCCESS("transfer_to_number_exotel_success"),
    /** {@code transfer_to_number_sip_success}: see {@link TransferToNumberSipSuccessOutcome}. */
    TRANSFER_TO_NUMBER_SIP_SUCCESS("transfer_to_number_sip_success"),
    /** {@code transfer_to_number_twilio_success}: see {@link TransferToNumberTwilioSuccessOutcome}. */
    TRANSFER_TO_NUMBER_TWILIO_SUCCESS("transfer_to_number_twilio_success"),
    /** {@code voicemail_detection_success}: see {@link VoicemailDetectionOutcome}. */
    VOICEMAIL_DETECTION_SUCCESS("voicemail_detection_success"),
    /** A kind this library does not know; see {@link UnknownSystemToolOutcome}. */
    UNKNOWN(null);

    private final String wireValue;

    Kind(String wireValue) {
      this.wireValue = wireValue;
    }

    /** The {@code result_type} value of this kind; empty for the catch-all kind. */
    public Optional<String> wireValue() {
      return Optional.ofNullable(wireValue);
    }
  }

  /**
   * Visits the variants.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /** Visits a {@link EndCallOutcome}. */
    R visitEndCallOutcome(EndCallOutcome value);

    /** Visits a {@link KnowledgeBaseRagOutcome}. */
    R visitKnowledgeBaseRagOutcome(KnowledgeBaseRagOutcome value);

    /** Visits a {@link LanguageDetectionOutcome}. */
    R visitLanguageDetectionOutcome(LanguageDetectionOutcome value);

    /** Visits a {@link PlayDtmfErrorOutcome}. */
    R visitPlayDtmfErrorOutcome(PlayDtmfErrorOutcome value);

    /** Visits a {@link PlayDtmfSuccessOutcome}. */
    R visitPlayDtmfSuccessOutcome(PlayDtmfSuccessOutcome value);

    /** Visits a {@link RunSubagentErrorOutcome}. */
    R visitRunSubagentErrorOutcome(RunSubagentErrorOutcome value);

    /** Visits a {@link RunSubagentSuccessOutcome}. */
    R visitRunSubagentSuccessOutcome(RunSubagentSuccessOutcome value);

    /** Visits a {@link SkipTurnOutcome}. */
    R visitSkipTurnOutcome(SkipTurnOutcome value);

    /** Visits a {@link TestToolOutcome}. */
    R visitTestToolOutcome(TestToolOutcome value);

    /** Visits a {@link TransferToAgentErrorOutcome}. */
    R visitTransferToAgentErrorOutcome(TransferToAgentErrorOutcome value);

    /** Visits a {@link TransferToAgentSuccessOutcome}. */
    R visitTransferToAgentSuccessOutcome(TransferToAgentSuccessOutcome value);

    /** Visits a {@link TransferToNumberErrorOutcome}. */
    R visitTransferToNumberErrorOutcome(TransferToNumberErrorOutcome value);

    /** Visits a {@link TransferToNumberExotelSuccessOutcome}. */
    R visitTransferToNumberExotelSuccessOutcome(TransferToNumberExotelSuccessOutcome value);

    /** Visits a {@link TransferToNumberSipSuccessOutcome}. */
    R visitTransferToNumberSipSuccessOutcome(TransferToNumberSipSuccessOutcome value);

    /** Visits a {@link TransferToNumberTwilioSuccessOutcome}. */
    R visitTransferToNumberTwilioSuccessOutcome(TransferToNumberTwilioSuccessOutcome value);

    /** Visits a {@link VoicemailDetectionOutcome}. */
    R visitVoicemailDetectionOutcome(VoicemailDetectionOutcome value);

    /** Visits a {@link UnknownSystemToolOutcome}. */
    R visitUnknownSystemToolOutcome(UnknownSystemToolOutcome value);
  }

  /** Which variant this is. */
  Kind kind();

  /** Calls the visitor method of this variant. */
  <R> R accept(Visitor<R> visitor);
}
