package org.fanoutlab.ui.guide;

import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The decision guide without the toolkit: four answers in, one {@link Recommendation} out once all four are
 * given, and a command that opens the matching preset in the lab.
 */
final class GuideViewModel {
    private final ReadOnlyObjectWrapper<Freshness> freshness = new ReadOnlyObjectWrapper<>(this, "freshness");
    private final ReadOnlyObjectWrapper<FanOut> fanOut = new ReadOnlyObjectWrapper<>(this, "fanOut");
    private final ReadOnlyObjectWrapper<Pace> pace = new ReadOnlyObjectWrapper<>(this, "pace");
    private final ReadOnlyObjectWrapper<ChangeRate> changeRate = new ReadOnlyObjectWrapper<>(this, "changeRate");
    private final ReadOnlyObjectWrapper<Recommendation> recommendation =
            new ReadOnlyObjectWrapper<>(this, "recommendation");
    private final ReadOnlyBooleanWrapper canOpenPreset = new ReadOnlyBooleanWrapper(this, "canOpenPreset");
    private final Set<String> presets;
    private final Consumer<String> openLab;

    /**
     * @param presets the preset names that exist (the button is off for a missing one)
     * @param openLab opens a preset in the lab (the shell's navigator)
     */
    GuideViewModel(Set<String> presets, Consumer<String> openLab) {
        this.presets = Set.copyOf(presets);
        this.openLab = openLab;
    }

    void setFreshness(Freshness v) {
        freshness.set(v);
        update();
    }

    void setFanOut(FanOut v) {
        fanOut.set(v);
        update();
    }

    void setPace(Pace v) {
        pace.set(v);
        update();
    }

    void setChangeRate(ChangeRate v) {
        changeRate.set(v);
        update();
    }

    /** The answers {@code other} holds (the guide rebuilt in another language goes on where the learner was). */
    void takeAnswers(GuideViewModel other) {
        freshness.set(other.freshness.get());
        fanOut.set(other.fanOut.get());
        pace.set(other.pace.get());
        changeRate.set(other.changeRate.get());
        update();
    }

    void clear() {
        freshness.set(null);
        fanOut.set(null);
        pace.set(null);
        changeRate.set(null);
        update();
    }

    /** Opens the recommendation's preset in the lab; does nothing until there is one that exists. */
    void openMatchingPreset() {
        if (canOpenPreset.get()) {
            openLab.accept(recommendation.get().preset());
        }
    }

    private void update() {
        if (freshness.get() == null || fanOut.get() == null || pace.get() == null || changeRate.get() == null) {
            recommendation.set(null);
        } else {
            recommendation.set(DecisionTable.decide(
                    new Answers(freshness.get(), fanOut.get(), pace.get(), changeRate.get())));
        }
        canOpenPreset.set(recommendation.get() != null && presets.contains(recommendation.get().preset()));
    }

    ReadOnlyObjectProperty<Freshness> freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<FanOut> fanOutProperty() {
        return fanOut.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Pace> paceProperty() {
        return pace.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ChangeRate> changeRateProperty() {
        return changeRate.getReadOnlyProperty();
    }

    /** Null until all four questions are answered. */
    ReadOnlyObjectProperty<Recommendation> recommendationProperty() {
        return recommendation.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canOpenPresetProperty() {
        return canOpenPreset.getReadOnlyProperty();
    }
}
