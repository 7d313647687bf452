package org.fanoutlab.ui.common;

import java.util.Locale;

/**
 * A style class a feature's stylesheet defines. Each feature lists its classes as an enum, and the class name is the
 * feature's prefix and the constant in kebab case: {@code LanesStyles.LEGEND_ITEM.css()} is {@code lanes-legend-item}. So the
 * prefix is written once, a Java name and its CSS selector cannot drift apart, and {@code StyleClassesTest} checks
 * that every rule a stylesheet writes for its own classes reaches a class the code sets.
 */
public interface StyleClass {
    /** The enum constant's name. */
    String name();

    /** What every class of the feature starts with, e.g. {@code "lanes-"}; empty for the shell's own classes. */
    String prefix();

    /** The class as a stylesheet names it, without the dot. */
    default String css() {
        return prefix() + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
