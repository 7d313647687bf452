package org.fanoutlab.ui.lab.compare;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.NumberInput;

/** Compare mode without the toolkit: starts the three-model run and copies its table into properties. */
public final class CompareViewModel implements AutoCloseable {
    private final CompareDriver driver;
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CompareRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private CompareDriver.State shown;

    public CompareViewModel(CompareDriver driver) {
        this.driver = driver;
    }

    /** Runs push, pull and hybrid on {@code s} (its model is ignored) from time 0. */
    public void start(Scenario s) {
        shown = null;
        title.set(s.name());
        clock.set("starting…");
        driver.start(s);
    }

    public void setSpeed(double simSecondsPerSecond) {
        driver.setSpeed(simSecondsPerSecond);
    }

    public void refresh() {
        CompareDriver.State s = driver.latest();
        if (s == null || s == shown) {
            return;
        }
        shown = s;
        rows.setAll(s.rows());
        problem.set(s.problem());
        if (s.scenario() != null) {
            clock.set(NumberInput.formatSeconds(s.simSeconds()) + " of "
                    + NumberInput.formatSeconds(s.scenario().durationSeconds()) + " simulated"
                    + (s.finished() ? " (finished)" : ""));
        }
    }

    ObservableList<CompareRow> rows() {
        return rowsView;
    }

    ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    @Override
    public void close() {
        driver.close();
    }
}
