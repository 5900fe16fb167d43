package dev.convai.channel;

import org.immutables.value.Value;

/**
 * A phone call through Exotel.
 *
 * <p>Wire schema {@code ConversationHistoryExotelPhoneCallModel}, a variant of {@code
 * ConversationHistoryMetadataCommonModelPhoneCall}.
 */
@Value.Immutable
public non-sealed interface ExotelPhoneCall extends PhoneCall {

  /** Direction. Wire name {@code direction}. */
  TelephonyDirection direction();

  /** Phone number id. Wire name {@code phone_number_id}. */
  String phoneNumberId();

  /** Agent number. Wire name {@code agent_number}. */
  String agentNumber();

  /** External number. Wire name {@code external_number}. */
  String externalNumber();

  /** Stream sid. Wire name {@code stream_sid}. */
  String streamSid();

  /** Call sid. Wire name {@code call_sid}. */
  String callSid();

  @Override
  default PhoneCall.Kind kind() {
    return PhoneCall.Kind.EXOTEL;
  }

  @Override
  default <R> R accept(PhoneCall.Visitor<R> visitor) {
    return visitor.visitExotelPhoneCall(this);
  }

  /** A builder for this type. */
  static ImmutableExotelPhoneCall.Builder builder() {
    return ImmutableExotelPhoneCall.builder();
  }
}
