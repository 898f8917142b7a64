/**
 * The command line's own words in Danish (the default) and English ({@code --lang en}), and numbers
 * in each language's format: Danish {@code 91,0 %} and {@code 2.345}, English {@code 91.0%} and
 * {@code 2,345}. The core's reasons come in both languages by themselves ({@link
 * dk.bif.core.reason.Reason}).
 */
package dk.bif.examples.language;
