package org.fanoutlab.classroom;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * The join link as a QR code's modules (ZXing), for any view to draw: the instructor's panel paints squares, the
 * headless command prints half-block characters. Error correction M survives a glare spot on a projector.
 */
public final class QrMatrix {
    /** The white border scanners need around the code, in modules. */
    public static final int QUIET_ZONE = 4;

    private final boolean[][] dark;

    private QrMatrix(boolean[][] dark) {
        this.dark = dark;
    }

    /** @throws IllegalArgumentException when the text is too long for a QR code */
    public static QrMatrix encode(String text) {
        QRCode code;
        try {
            code = Encoder.encode(text, ErrorCorrectionLevel.M);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code: " + e.getMessage(), e);
        }
        ByteMatrix m = code.getMatrix();
        boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                dark[y][x] = m.get(x, y) == 1;
            }
        }
        return new QrMatrix(dark);
    }

    /** Modules per side, without the quiet zone. */
    public int size() {
        return dark.length;
    }

    public boolean isDark(int x, int y) {
        return dark[y][x];
    }

    /**
     * The code as text for a terminal: two module rows per line with half blocks, quiet zone included, dark modules
     * drawn as spaces on light so it scans on a dark terminal background.
     */
    public String toText() {
        int n = size();
        StringBuilder sb = new StringBuilder();
        for (int y = -QUIET_ZONE; y < n + QUIET_ZONE; y += 2) {
            for (int x = -QUIET_ZONE; x < n + QUIET_ZONE; x++) {
                boolean top = light(x, y);
                boolean bottom = light(x, y + 1);
                sb.append(top && bottom ? '\u2588' : top ? '\u2580' : bottom ? '\u2584' : ' ');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private boolean light(int x, int y) {
        int n = size();
        return x < 0 || y < 0 || x >= n || y >= n || !dark[y][x];
    }
}
