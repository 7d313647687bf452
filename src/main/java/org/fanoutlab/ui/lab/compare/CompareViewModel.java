package org.fanoutlab.ui.lab.compare;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fanoutlab.engine.CostModel;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;

/** Compare mode without the toolkit: starts and stops the three-model run and copies its table into properties. */
public final class CompareViewModel implements AutoCloseable {
    private final CompareDriver driver;
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CompareRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectProperty<CostModel> weights;
    private CompareDriver.State shown;

    /** @param weights what a cache write, a read query and a cache read cost: the table's last row weighs them */
    public CompareViewModel(CompareDriver driver, ReadOnlyObjectProperty<CostModel> weights) {
        this.driver = driver;
        this.weights = weights;
        weights.addListener((o, a, b) -> showRows());
    }

    /** Runs push, pull and hybrid on {@code s} (its model is ignored) from time 0. */
    public void start(Scenario s) {
        shown = null;
        rows.clear();
        title.set(Messages.format("lab.compare.title", s.name()));
        clock.set(Messages.get("lab.compare.starting"));
        problem.set(null);
        running.set(true);
        driver.start(s);
    }

    /** Stops a long comparison; the figures reached so far stay on screen. */
    public void stop() {
        driver.stop();
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
        showRows();
        problem.set(s.problem());
        running.set(s.phase() == CompareDriver.Phase.RUNNING);
        if (s.scenario() != null) {
            clock.set(Messages.format("lab.compare.clock." + s.phase().name().toLowerCase(Locale.ROOT),
                    NumberInput.formatSeconds(s.simSeconds()),
                    NumberInput.formatSeconds(s.scenario().durationSeconds())));
        }
    }

    private void showRows() {
        if (shown == null || shown.metrics().isEmpty()) {
            rows.clear();
        } else {
            rows.setAll(CompareRun.table(shown.metrics(), weights.get()));
        }
    }

    /** One row per figure of {@link CompareRun#METRICS} and the total cost; empty before the first figures. */
    public ObservableList<CompareRow> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True from a start until the comparison reaches its end or is stopped. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void close() {
        driver.close();
    }
}
