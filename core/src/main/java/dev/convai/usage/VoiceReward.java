package dev.convai.usage;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * A reward paid to the owner of a voice used in the conversation.
 *
 * <p>Wire schema {@code ConversationVoiceRewardModel}.
 */
@Value.Immutable
public interface VoiceReward extends Extensible {

  /** Voice id. Wire name {@code voice_id}. */
  String voiceId();

  /** Reward USD cents. Wire name {@code reward_usd_cents}. */
  double rewardUsdCents();

  /** A builder for this type. */
  static ImmutableVoiceReward.Builder builder() {
    return ImmutableVoiceReward.builder();
  }
}
