package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.convai.conversation.Conversation;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.mapstruct.factory.Mappers;

/**
 * The two halves of {@link WireCodec#decode} taken apart, so that benchmarks can price each.
 * It lives in the benchmarks module under the adapter's package name, which gives it
 * package-private access to the wire DTOs and the mapper without widening the adapter's API.
 */
public final class WireAccess {

  // The very reader WireCodec decodes conversations with, so "DTOs alone" differs from decode by
  // the mapping and the UTF-8 check and nothing else. Found by the type it reads rather than by
  // field name: a rename must not silently change the configuration being measured.
  private static final ObjectReader READER = codecReader();
  private static final WireMapper TO_DOMAIN = Mappers.getMapper(WireMapper.class);

  private WireAccess() {}

  /** Jackson alone: bytes into the wire DTOs (a {@code ConversationDto}). */
  public static Object readDto(byte[] json) throws IOException {
    return READER.readValue(json);
  }

  /** MapStruct alone: a DTO from {@link #readDto} onto the domain. */
  public static Conversation toDomain(Object dto) {
    return TO_DOMAIN.toDomain((ConversationDto) dto);
  }

  /** The number of transcript entries in a DTO from {@link #readDto}, to check a payload. */
  public static int transcriptSize(Object dto) {
    return ((ConversationDto) dto).transcript().size();
  }

  private static ObjectReader codecReader() {
    ObjectReader found = null;
    for (Field field : WireCodec.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ObjectReader.class) {
        ObjectReader reader;
        try {
          field.setAccessible(true);
          reader = (ObjectReader) field.get(null);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read WireCodec's readers", e);
        }
        if (reader.getValueType() != null
            && reader.getValueType().getRawClass() == ConversationDto.class) {
          found = reader;
        }
      }
    }
    if (found == null) {
      throw new IllegalStateException("WireCodec has no static ObjectReader for ConversationDto any more");
    }
    return found;
  }

  /** The UTF-8 validation pass {@code decode} makes after Jackson, priced on its own. */
  public static int firstInvalidUtf8(byte[] json) {
    return WireCodec.firstInvalidUtf8(json);
  }
}
