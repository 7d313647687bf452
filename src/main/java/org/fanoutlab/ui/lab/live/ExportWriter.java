package org.fanoutlab.ui.lab.live;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one export to a file the learner chose; the PNG of a tab comes from the view (a snapshot needs FX). */
@FunctionalInterface
public interface ExportWriter {
    void write(Path file) throws IOException;
}
