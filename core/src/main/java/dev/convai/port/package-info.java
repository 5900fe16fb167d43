/**
 * The port through which the domain runs a conversation analysis, its per-call options, and the
 * one unchecked failure hierarchy that every adapter reports through it.
 */
package dev.convai.port;
