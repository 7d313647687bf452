package org.fanoutlab.tools;

import java.io.File;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javax.imageio.ImageIO;

/**
 * Draws the app icon (assets/icon.png): one producer fanning out to five feeds. Kept as code so the icon can be
 * redrawn at another size. Run headless:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp ... IconRenderer OUT.png 256}
 */
public final class IconRenderer {
    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "assets/icon.png");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                Canvas c = new Canvas(size, size);
                draw(c.getGraphicsContext2D(), size);
                SnapshotParameters p = new SnapshotParameters();
                p.setFill(Color.TRANSPARENT);
                WritableImage img = c.snapshot(p, null);
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void draw(GraphicsContext g, double s) {
        double u = s / 256.0;
        g.setFill(Color.web("#0969da"));
        g.fillRoundRect(8 * u, 8 * u, 240 * u, 240 * u, 56 * u, 56 * u);
        double cx = 72 * u;
        double cy = 128 * u;
        double[] ys = {52, 90, 128, 166, 204};
        g.setLineCap(StrokeLineCap.ROUND);
        g.setStroke(Color.web("#b6e3ff"));
        g.setLineWidth(9 * u);
        for (double y : ys) {
            g.strokeLine(cx, cy, 186 * u, y * u);
        }
        g.setFill(Color.WHITE);
        g.fillOval(cx - 30 * u, cy - 30 * u, 60 * u, 60 * u);
        for (int i = 0; i < ys.length; i++) {
            double y = ys[i] * u;
            g.setFill(i == 2 ? Color.web("#ffd33d") : Color.WHITE);
            g.fillRoundRect(176 * u, y - 13 * u, 42 * u, 26 * u, 10 * u, 10 * u);
        }
    }

    private IconRenderer() {
    }
}
