package org.newsgraph.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.newsgraph.serve.ServerStartException;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into one line on stderr ({@code newsgraph: reason})
 * and {@link ExitCodes#FAILURE}; no stack trace reaches the user.
 */
final class OneLineErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println("newsgraph: " + describe(ex));
        commandLine.getErr().flush();
        return ExitCodes.FAILURE;
    }

    /** The user-facing reason for {@code ex}, on one line. */
    static String describe(Throwable ex) {
        Throwable shown = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        String message = String.valueOf(shown.getMessage());
        if (shown instanceof NoSuchFileException) {
            message = "no such file: " + message;
        } else if (shown instanceof AccessDeniedException) {
            message = "permission denied: " + message;
        } else if (shown instanceof FileSystemException) {
            message = "file error: " + message;
        } else if (!(shown instanceof StoreException || shown instanceof ServerStartException
                || shown instanceof IllegalArgumentException || shown instanceof UnsupportedOperationException)) {
            message = shown.getClass().getSimpleName() + ": " + message;
        }
        return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
