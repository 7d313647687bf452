package org.fanoutlab.ui.shell;

/** Navigation for feature screens: switches the shell's screen, then hands the target to that screen. */
final class ShellNavigator implements Navigator {
    private final ShellViewModel vm;
    private ScreenHooks hooks = ScreenHooks.NONE;

    ShellNavigator(ShellViewModel vm) {
        this.vm = vm;
    }

    void setHooks(ScreenHooks hooks) {
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
    interface ScreenHooks {
        ScreenHooks NONE = new ScreenHooks() {
        };

        default void openLesson(String lessonId) {
        }

        default void openLab(String presetName) {
        }
    }
}
