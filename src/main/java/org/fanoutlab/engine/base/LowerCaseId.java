package org.fanoutlab.engine.base;

/**
 * An enum whose file spelling is its constant's name in lower case ({@link LowerCaseIds}): implementing this
 * gives it {@link #id()}. Only enums implement it.
 */
public interface LowerCaseId {
    /** The constant's name, as every enum has it. */
    String name();

    /** The lower-case name used in scenario files, reports and the command line. */
    default String id() {
        return LowerCaseIds.id((Enum<?>) this);
    }
}
