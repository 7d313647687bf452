package org.fanoutlab.classroom.server;

/** A request refused before it reaches the room (auth, limits, a body that is not JSON), with its status. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
