package org.fanoutlab.progress;

public enum LessonStatus { NOT_STARTED, IN_PROGRESS, DONE }
