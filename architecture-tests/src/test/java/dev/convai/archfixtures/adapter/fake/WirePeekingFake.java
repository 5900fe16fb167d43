package dev.convai.archfixtures.adapter.fake;

import dev.convai.archfixtures.adapter.http.internal.WireDto;

/** Violates rules 3 and 5: the fake adapter building the HTTP adapter's wire DTOs. */
public final class WirePeekingFake {
  public WireDto canned() {
    return new WireDto("conv_fixture");
  }
}
