package org.fanoutlab.ui.shell;

/**
 * What the File and Help menus do. A null action shows its item disabled, with a tooltip-free label:
 * the feature that backs it has not been wired in.
 */
public record MenuActions(
        Runnable openScenario,
        Runnable saveScenario,
        Runnable exportCsv,
        Runnable exportPng,
        Runnable classroomHelp,
        Runnable shortcuts,
        Runnable about,
        Runnable quit,
        Runnable startClassSession) {

    /** Without class mode: File → Start class session… shows disabled. */
    public MenuActions(Runnable openScenario, Runnable saveScenario, Runnable exportCsv, Runnable exportPng,
                       Runnable classroomHelp, Runnable shortcuts, Runnable about, Runnable quit) {
        this(openScenario, saveScenario, exportCsv, exportPng, classroomHelp, shortcuts, about, quit, null);
    }
}
