/** The channel a conversation came through: phone calls per telephony provider, batch calls, WhatsApp, SMS and asynchronous delivery. */
package dev.convai.channel;
