/**
 * The doors into the program: {@link org.fanoutlab.app.Main} (the jar's entry), the top-level picocli command and
 * {@link org.fanoutlab.app.FanoutLabApp}, which opens the services and builds the window. The only package that
 * knows both the command line and the screens: it may use every other package, and none uses it.
 */
package org.fanoutlab.app;
