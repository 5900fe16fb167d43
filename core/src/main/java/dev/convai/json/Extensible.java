package dev.convai.json;

import java.util.Map;

/**
 * A value of the model that was, or will be, a JSON object of the API, and that keeps the members
 * of that object its schema does not name.
 *
 * <p>The API grows faster than any client: a member the server starts sending tomorrow arrives in
 * {@link #unknownMembers()} today, exactly as sent, at whatever depth it appears (inside union
 * variants, map values and array items too), and {@code ConversationJson.encode} writes it back
 * where it was. Nothing the API sends is dropped, so a conversation stored as this library encodes
 * it loses nothing the server said.
 */
public interface Extensible {

  /**
   * The members of this object that its schema does not name, in the order they arrived; empty
   * when there were none (the usual case, and then free: no map is allocated).
   */
  Map<String, JsonValue> unknownMembers();
}
