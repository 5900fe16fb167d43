package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convai.adapter.http.Region;
import org.junit.jupiter.api.Test;

class DefaultBackendsTest {

  @Test
  void regionsByHelpNameConstantOrShortForm() {
    assertEquals(Region.DEFAULT, DefaultBackends.region("default"));
    assertEquals(Region.US, DefaultBackends.region("US"));
    assertEquals(Region.EU_RESIDENCY, DefaultBackends.region("eu-residency"));
    assertEquals(Region.EU_RESIDENCY, DefaultBackends.region("EU_RESIDENCY"));
    assertEquals(Region.SG_RESIDENCY, DefaultBackends.region("sg"));
    assertEquals(Region.IN_RESIDENCY, DefaultBackends.region(" in "));
  }

  @Test
  void unknownRegionsNameTheAcceptedOnes() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> DefaultBackends.region("residency"));
    assertEquals(
        "unknown region 'residency': use one of default, us, eu-residency, in-residency, sg-residency",
        unknown.getMessage());
  }
}
