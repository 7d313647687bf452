package org.fanoutlab.ui.classroom;

import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.fanoutlab.classroom.QrMatrix;

/**
 * The join link's QR code, square and as large as its space allows. Every module is a whole number of device pixels
 * and the code sits on whole pixels, so the edges stay sharp for a phone camera across the room; the quiet zone
 * scanners need is part of the white square. Always black on white, whatever the theme: scanners expect that.
 */
final class QrView extends Region {
    private final Canvas canvas = new Canvas();
    private QrMatrix matrix;

    QrView() {
        getStyleClass().add(ClassroomStyles.QR.css());
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setPrefSize(240, 240);
        setMinSize(120, 120);
    }

    void setMatrix(QrMatrix matrix, String link) {
        this.matrix = matrix;
        setAccessibleText(org.fanoutlab.ui.common.Messages.format("classroom.qr.accessible", link));
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double side = Math.max(0, Math.min(w, h));
        if (matrix == null || side <= 0) {
            canvas.setWidth(0);
            canvas.setHeight(0);
            return;
        }
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
        int modules = matrix.size() + 2 * QrMatrix.QUIET_ZONE;
        int moduleDevicePixels = Math.max(1, (int) Math.floor(side * scale / modules));
        double module = moduleDevicePixels / scale;
        double total = module * modules;
        canvas.setWidth(total);
        canvas.setHeight(total);
        canvas.relocate(snapPositionX(snappedLeftInset() + (w - total) / 2),
                snapPositionY(snappedTopInset() + (h - total) / 2));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setImageSmoothing(false);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, total, total);
        g.setFill(Color.BLACK);
        for (int y = 0; y < matrix.size(); y++) {
            for (int x = 0; x < matrix.size(); x++) {
                if (matrix.isDark(x, y)) {
                    g.fillRect((x + QrMatrix.QUIET_ZONE) * module, (y + QrMatrix.QUIET_ZONE) * module, module, module);
                }
            }
        }
    }

    /** Side of one module in layout pixels, for tests of crispness; 0 before the first layout. */
    double moduleSize() {
        return matrix == null ? 0 : canvas.getWidth() / (matrix.size() + 2 * QrMatrix.QUIET_ZONE);
    }
}
