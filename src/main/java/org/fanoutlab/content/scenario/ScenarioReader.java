package org.fanoutlab.content.scenario;

import java.io.IOException;
import java.nio.file.Path;
import org.fanoutlab.engine.Scenario;

/** Reads scenario JSON (DESIGN.md §2) and reports every problem with the file's line and column. */
public final class ScenarioReader {
    private ScenarioReader() {
    }

    /**
     * @throws ScenarioFileException when the file is not a valid scenario (one problem per bad field)
     * @throws IOException           when the file cannot be read at all
     */
    public static Scenario read(Path file) throws IOException, ScenarioFileException {
        throw new UnsupportedOperationException("scenario reader not implemented yet");
    }

    /** Same as {@link #read(Path)} for text already in memory; {@code sourceName} is used in problems. */
    public static Scenario parse(String json, String sourceName) throws ScenarioFileException {
        throw new UnsupportedOperationException("scenario reader not implemented yet");
    }
}
