/**
 * The observation extension point of the HTTP adapter. An {@link
 * dev.convai.adapter.http.observe.HttpCallListener} given to the adapter's builder is told when
 * each call starts and, through the {@link dev.convai.adapter.http.observe.CallObserver} it returns
 * for that call, when each attempt starts and ends, when a retry is scheduled and how the call
 * ended. Metrics and tracing modules are built on it; so can an application's own logging or
 * auditing. Events carry only low-cardinality facts and never the API key; the conversation id is
 * there for observers that choose to use it.
 */
package dev.convai.adapter.http.observe;
