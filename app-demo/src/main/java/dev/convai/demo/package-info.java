/**
 * The {@code convai-demo} command line: {@code analyze} re-runs the analysis of conversations
 * through the fake or the HTTP adapter with the batch service, prints each conversation as a table,
 * JSON, JSON lines or CSV, and ends with the batch report. Only {@link dev.convai.demo.DemoMain} is
 * meant to be called; everything else is the command's inside.
 */
package dev.convai.demo;
