package dev.convai.packaging;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The MapStruct rule catches what it forbids, so its passing on the shipped code means something. */
class MapStructRuleProofTest {

  @Test
  void catchesAMapperLookedUpThroughMapStructsFactory() {
    JavaClasses violation = new ClassFileImporter().importClasses(MapperLookedUpAtRunTime.class);

    assertThrows(
        AssertionError.class, () -> SplitPackagesTest.MAPSTRUCT_AT_BUILD_TIME_ONLY.check(violation));
  }

  /** What the rule forbids: a mapper found at run time through MapStruct's factory. */
  static final class MapperLookedUpAtRunTime {
    Object mapper() {
      return org.mapstruct.factory.Mappers.getMapper(Runnable.class);
    }
  }
}
