package org.fanoutlab.ui.lab.live;

import java.nio.file.Path;

/**
 * One scenario file of {@code lessons/scenarios/}.
 *
 * @param name        the file name without {@code .json}, as lessons and {@code --lab} name it
 * @param title       the scenario's own name, or the file name when the file cannot be read
 * @param description the scenario's description, or what is wrong with the file
 */
public record Preset(String name, String title, String description, Path file) {
}
