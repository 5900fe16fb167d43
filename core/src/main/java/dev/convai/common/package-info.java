/**
 * Building blocks shared by the domain packages: the open vocabulary that every API enumeration
 * extends, so that values the server adds later are kept rather than rejected.
 */
package dev.convai.common;
