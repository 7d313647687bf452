/**
 * Compare mode: push, pull and hybrid on one workload and seed, advanced together, with the cheapest figure of each
 * row marked ({@link org.fanoutlab.ui.lab.compare.CompareViewModel}). Depends on {@code engine}, {@code analysis},
 * {@code ui.lab.controls}, {@code ui.lab.common} and {@code ui.common}.
 */
package org.fanoutlab.ui.lab.compare;
