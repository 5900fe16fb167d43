/** How a conversation was started: the client data, configuration overrides, dynamic variables and the source of the initiation. */
package dev.convai.initiation;
