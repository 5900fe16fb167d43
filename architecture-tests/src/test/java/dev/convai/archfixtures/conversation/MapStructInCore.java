package dev.convai.archfixtures.conversation;

import org.mapstruct.Mapper;

/**
 * Violates rules 1 and 2 through an annotation alone: MapStruct's {@code @Mapper} has CLASS
 * retention, so it is a dependency even though nothing here calls MapStruct.
 */
@Mapper
public interface MapStructInCore {
  String map(String value);
}
