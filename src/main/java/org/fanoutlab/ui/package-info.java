/**
 * The JavaFX screens, one sub-package per feature, each with its view, a view-model testable by plain JUnit, its CSS
 * and its {@code messages.properties} bundle; {@code ui.common} holds what every feature shares. {@code ui} may use
 * every toolkit-free package; nothing outside {@code ui} and {@code app} uses it (docs/architecture.md).
 */
package org.fanoutlab.ui;
