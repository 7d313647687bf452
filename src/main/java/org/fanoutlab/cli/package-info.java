/**
 * The headless subcommands ({@code run}, {@code check-lessons}, {@code class}): picocli commands whose names, output
 * formats and exit codes are relied on (README.md, "Command line"). Depends on {@code engine}, {@code content} and
 * {@code classroom}; never on {@code ui} or {@code app}.
 */
package org.fanoutlab.cli;
