/**
 * The centre head's report ({@code bif report}) as one self-contained HTML file: the model the JTE
 * template {@code src/main/jte/report.jte} renders, every figure already written in the report's
 * language, and {@link dk.bif.examples.report.ReportPage} that renders it with auto-escaping.
 */
package dk.bif.examples.report;
