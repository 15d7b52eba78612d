package org.newsgraph.ingest;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Short reasons for failures, fit for a {@code Problem}. In: an exception. Out: one line of at
 * most 200 characters, without stack trace or (for file-system errors) the path repeated.
 */
final class FailureReasons {

    private static final int MAX_LENGTH = 200;

    private FailureReasons() {
    }

    /** Why a file-system operation failed, e.g. "permission denied". */
    static String of(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return oneLine(fs.getReason());
        }
        String message = e.getMessage();
        String name = e.getClass().getSimpleName();
        return oneLine(message == null || message.isBlank() ? name : name + ": " + message);
    }

    /** {@code text} on one line, whitespace runs collapsed, cut to 200 characters. */
    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 3) + "...";
    }
}
