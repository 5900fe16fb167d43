/** Tests of the history port's auto-paging, as a consumer of the port sees it. */
package dev.convai.port.paging;
