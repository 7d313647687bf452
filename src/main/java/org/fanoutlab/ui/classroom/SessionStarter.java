package org.fanoutlab.ui.classroom;

import java.net.InetAddress;

/** Starts a session listening on one address and port (0: any free port). Blocking: call off the FX thread. */
@FunctionalInterface
interface SessionStarter {
    /** @throws RuntimeException when it cannot listen there (port in use, address not this computer's) */
    ClassSession start(InetAddress address, int port);
}
