package org.fanoutlab.ui.lab;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.fanoutlab.ui.common.Messages;

/** Saves what a node shows as a PNG (FX thread: snapshots must be taken there). */
final class PngExport {
    private PngExport() {
    }

    static void write(Node node, Path file) throws IOException {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException(Messages.get("lab.error.noPngWriter"));
        }
    }
}
