package org.fanoutlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrMatrixTest {
    private static final String LINK = "http://127.0.0.1:8080/?code=123456";

    @Test
    void theMatrixScansBackToTheJoinLink() throws Exception {
        QrMatrix qr = QrMatrix.encode(LINK);
        assertThat(qr.size()).isGreaterThanOrEqualTo(21);
        assertThat(decode(qr)).isEqualTo(LINK);
    }

    @Test
    void theTerminalFormDrawsTwoRowsPerLineWithTheQuietZone() {
        QrMatrix qr = QrMatrix.encode(LINK);
        String[] lines = qr.toText().split("\n");
        int side = qr.size() + 2 * QrMatrix.QUIET_ZONE;
        assertThat(lines).hasSize((side + 1) / 2).allMatch(l -> l.length() == side);
        assertThat(lines[0]).as("the quiet zone is light").matches("\u2588+");
    }

    /** Draws the modules 4 px each inside the quiet zone and lets ZXing's reader scan it. */
    private static String decode(QrMatrix qr) throws Exception {
        int scale = 4;
        int side = (qr.size() + 2 * QrMatrix.QUIET_ZONE) * scale;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - QrMatrix.QUIET_ZONE;
                int my = y / scale - QrMatrix.QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < qr.size() && my < qr.size() && qr.isDark(mx, my);
                pixels[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
