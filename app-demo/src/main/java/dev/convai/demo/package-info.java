/**
 * The {@code convai-demo} command line: {@code analyze} re-runs the analysis of conversations
 * (or one evaluation) through the fake or the HTTP adapter with the batch service, {@code fetch}
 * reads them as they are, both print each conversation as a table, JSON, JSON lines or CSV (or
 * append to a {@code --resume} file) and end with the batch report; {@code diff} compares two
 * runs as text, JSON or an HTML page. Only {@link dev.convai.demo.DemoMain} is meant to be called;
 * everything else is the commands' inside.
 */
package dev.convai.demo;
