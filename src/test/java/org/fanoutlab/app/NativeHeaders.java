package org.fanoutlab.app;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The first bytes of a native library built for a machine: enough for {@link NativeMachine} to read. */
final class NativeHeaders {
    private NativeHeaders() {
    }

    static byte[] of(NativeMachine machine) {
        ByteBuffer b = ByteBuffer.allocate(0x100).order(ByteOrder.LITTLE_ENDIAN);
        switch (machine) {
            case WINDOWS_X64 -> b.put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3C, 0x80).putInt(0x80, 0x00004550)
                    .putShort(0x84, (short) 0x8664);
            case LINUX_X64 -> b.putInt(0, 0x464C457F).put(4, (byte) 2).put(5, (byte) 1).putShort(18, (short) 62);
            case MACOS_INTEL -> b.putInt(0, 0xFEEDFACF).putInt(4, 0x01000007);
            case MACOS_APPLE_SILICON -> b.putInt(0, 0xFEEDFACF).putInt(4, 0x0100000C);
            case OTHER -> b.putInt(0, 0xCAFEBABE);
        }
        return b.array();
    }
}
