package org.fanoutlab.app;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Which desktop a native library was built for, read from its header (PE, ELF or Mach-O). File names alone cannot
 * tell the two macOS builds apart: JavaFX ships libglass.dylib for both chips.
 */
enum NativeMachine {
    WINDOWS_X64("a Windows x64 DLL"),
    MACOS_INTEL("a macOS Intel (x86-64) library"),
    MACOS_APPLE_SILICON("a macOS Apple silicon (arm64) library"),
    LINUX_X64("a Linux x86-64 library"),
    OTHER("not a library for any desktop we build");

    private static final short PE_AMD64 = (short) 0x8664;
    private static final short ELF_X86_64 = 62;
    private static final int MACH_O_64_MAGIC = 0xFEEDFACF;
    private static final int MACH_O_X86_64 = 0x01000007;
    private static final int MACH_O_ARM64 = 0x0100000C;

    private final String description;

    NativeMachine(String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return description;
    }

    static NativeMachine of(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length >= 0x40 && bytes[0] == 'M' && bytes[1] == 'Z') {
            int pe = b.getInt(0x3C);
            boolean signed = pe > 0 && pe + 6 <= bytes.length && b.getInt(pe) == 0x00004550; // "PE\0\0"
            return signed && b.getShort(pe + 4) == PE_AMD64 ? WINDOWS_X64 : OTHER;
        }
        if (bytes.length >= 20 && bytes[0] == 0x7F && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F') {
            boolean littleEndian64 = bytes[4] == 2 && bytes[5] == 1;
            return littleEndian64 && b.getShort(18) == ELF_X86_64 ? LINUX_X64 : OTHER;
        }
        if (bytes.length >= 8 && b.getInt(0) == MACH_O_64_MAGIC) {
            int cpu = b.getInt(4);
            return cpu == MACH_O_X86_64 ? MACOS_INTEL : cpu == MACH_O_ARM64 ? MACOS_APPLE_SILICON : OTHER;
        }
        return OTHER;
    }
}
