package dev.convai.channel;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A phone call through a SIP trunk.
 *
 * <p>Wire schema {@code ConversationHistorySIPTrunkingPhoneCallModel}, a variant of {@code
 * ConversationHistoryMetadataCommonModelPhoneCall}.
 */
@Value.Immutable
public non-sealed interface SipTrunkingPhoneCall extends PhoneCall {

  /** Direction. Wire name {@code direction}. */
  TelephonyDirection direction();

  /** Phone number id. Wire name {@code phone_number_id}. */
  String phoneNumberId();

  /** Agent number. Wire name {@code agent_number}. */
  String agentNumber();

  /** External number. Wire name {@code external_number}. */
  String externalNumber();

  /** Call id. Wire name {@code call_id}; empty when absent or {@code null}. */
  Optional<String> callId();

  /** Call sid. Wire name {@code call_sid}. */
  String callSid();

  /**
   * SIP header dynamic variables. Wire name {@code sip_header_dynamic_variables}; empty when absent
   * or {@code null}.
   */
  Map<String, String> sipHeaderDynamicVariables();

  @Override
  default PhoneCall.Kind kind() {
    return PhoneCall.Kind.SIP_TRUNKING;
  }

  @Override
  default <R> R accept(PhoneCall.Visitor<R> visitor) {
    return visitor.visitSipTrunkingPhoneCall(this);
  }

  /** A builder for this type. */
  static ImmutableSipTrunkingPhoneCall.Builder builder() {
    return ImmutableSipTrunkingPhoneCall.builder();
  }
}
