package org.fanoutlab.ui.shell;
import org.fanoutlab.ui.common.Navigator;

/** Navigation for feature screens: switches the shell's screen, then hands the target to that screen. */
public final class ShellNavigator implements Navigator {
    private final ShellViewModel vm;
    private ScreenHooks hooks = ScreenHooks.NONE;

    public ShellNavigator(ShellViewModel vm) {
        this.vm = vm;
    }

    public void setHooks(ScreenHooks hooks) {
        this.hooks = hooks;
    }

    @Override
    public void openLesson(String lessonId) {
        vm.navigate(Destination.LESSONS);
        hooks.openLesson(lessonId);
    }

    @Override
    public void openLab(String presetName) {
        vm.navigate(Destination.LAB);
        hooks.openLab(presetName);
    }

    @Override
    public void openLab(String presetName, String lessonId) {
        vm.navigate(Destination.LAB);
        hooks.openLab(presetName, lessonId);
    }

    @Override
    public void openQuizReview() {
        vm.navigate(Destination.QUIZ_REVIEW);
    }

    @Override
    public void openGuide() {
        vm.navigate(Destination.GUIDE);
    }

    @Override
    public void status(String message) {
        vm.showStatus(message);
    }

    /** What the feature screens do when navigation targets something inside them. */
    public interface ScreenHooks {
        ScreenHooks NONE = new ScreenHooks() {
        };

        default void openLesson(String lessonId) {
        }

        default void openLab(String presetName) {
        }

        /** A lesson's preset, with the lesson's checkpoints over its run. */
        default void openLab(String presetName, String lessonId) {
            openLab(presetName);
        }
    }
}
