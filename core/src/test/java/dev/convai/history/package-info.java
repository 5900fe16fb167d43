/** Tests of the listing query, its filters and the summary values. */
package dev.convai.history;
