package org.fanoutlab.classroom;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The addresses a room can listen on: the instructor picks one (the panel's interface choice, {@code --bind}), and
 * the room listens there only. Without a choice the room takes the first private IPv4 address of an interface that
 * is up (the classroom's network), and loopback when there is none.
 */
public final class BindAddresses {

    /**
     * @param interfaceName e.g. {@code wlan0}; {@code lo} for loopback
     */
    public record Choice(String interfaceName, String displayName, InetAddress address) {
        public boolean isLoopback() {
            return address.isLoopbackAddress();
        }
    }

    private BindAddresses() {
    }

    /** Every IPv4 address of an interface that is up, private LAN addresses first, loopback last. */
    public static List<Choice> available() {
        List<Choice> choices = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp()) {
                    continue;
                }
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        choices.add(new Choice(ni.getName(), ni.getDisplayName(), a));
                    }
                }
            }
        } catch (SocketException e) {
            // No interface list (a locked-down machine): loopback still works for a demo on this computer.
        }
        if (choices.stream().noneMatch(Choice::isLoopback)) {
            choices.add(new Choice("lo", "loopback", InetAddress.getLoopbackAddress()));
        }
        choices.sort(Comparator.comparingInt(BindAddresses::rank));
        return choices;
    }

    /** The default: the first private LAN address, else the first other non-loopback one, else loopback. */
    public static Choice preferred() {
        return available().get(0);
    }

    private static int rank(Choice c) {
        if (c.isLoopback()) {
            return 2;
        }
        return c.address().isSiteLocalAddress() ? 0 : 1;
    }
}
