package dev.convai.channel;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The SMS side of an SMS conversation.
 *
 * <p>Wire schema {@code SMSConversationInfo}.
 */
@Value.Immutable
public interface SmsInfo extends Extensible {

  /** Direction. Wire name {@code direction}. */
  SmsDirection direction();

  /** Phone number id. Wire name {@code phone_number_id}; empty when absent or {@code null}. */
  Optional<String> phoneNumberId();

  /** SMS user phone number. Wire name {@code sms_user_phone_number}. */
  String smsUserPhoneNumber();

  /**
   * Agent phone number. Wire name {@code agent_phone_number}; empty when absent or {@code null}.
   */
  Optional<String> agentPhoneNumber();

  /** A builder for this type. */
  static ImmutableSmsInfo.Builder builder() {
    return ImmutableSmsInfo.builder();
  }
}
