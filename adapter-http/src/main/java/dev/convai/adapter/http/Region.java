package dev.convai.adapter.http;

import java.net.URI;

/**
 * The ElevenLabs API servers the adapter can talk to. The first four are the servers listed by the
 * API's specification; {@link #SG_RESIDENCY} is the Singapore data-residency server.
 *
 * <p>A key is issued for one of them: a key from a data-residency workspace only works against
 * its own region's server. For anything else (a proxy, a test server), give the builder a base URL
 * instead of a region.
 */
public enum Region {
  /** {@code https://api.elevenlabs.io}, the default. */
  DEFAULT("https://api.elevenlabs.io"),
  /** {@code https://api.us.elevenlabs.io}. */
  US("https://api.us.elevenlabs.io"),
  /** {@code https://api.eu.residency.elevenlabs.io}, EU data residency. */
  EU_RESIDENCY("https://api.eu.residency.elevenlabs.io"),
  /** {@code https://api.in.residency.elevenlabs.io}, India data residency. */
  IN_RESIDENCY("https://api.in.residency.elevenlabs.io"),
  /** {@code https://api.sg.residency.elevenlabs.io}, Singapore data residency. */
  SG_RESIDENCY("https://api.sg.residency.elevenlabs.io");

  private final URI baseUrl;

  Region(String baseUrl) {
    this.baseUrl = URI.create(baseUrl);
  }

  /** The server's base URL, such as {@code https://api.elevenlabs.io}, without a trailing slash. */
  public URI baseUrl() {
    return baseUrl;
  }
}
