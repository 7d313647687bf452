/**
 * Class mode's web server (Javalin on Jetty): the participant page, the HTTP API and the server-sent event stream
 * of docs/class-mode.md, over the plain {@code classroom} room model. Depends on {@code classroom} and
 * {@code content}; the UI and the CLI start it, nothing below it knows it exists.
 */
package org.fanoutlab.classroom.server;
