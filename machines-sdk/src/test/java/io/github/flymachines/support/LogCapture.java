package io.github.flymachines.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures every record a JUL logger (and its children) logs, at every level, from
 * {@link #start(String)} until {@link #close()}, which puts the logger's level back.
 */
public final class LogCapture extends Handler implements AutoCloseable {
    /** Kept strongly reachable: JUL holds loggers weakly. */
    private final Logger logger;
    private final Level previous;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
        this.previous = logger.getLevel();
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /**
     * Starts capturing.
     *
     * @param loggerName the logger's name
     * @return the capture, to close when done
     */
    public static LogCapture start(String loggerName) {
        return new LogCapture(Logger.getLogger(loggerName));
    }

    /** @return the records captured so far, in order (a live view) */
    public List<LogRecord> records() {
        return records;
    }

    /** @return the messages captured so far, with their parameters filled in */
    public List<String> messages() {
        SimpleFormatter f = new SimpleFormatter();
        return records.stream().map(f::formatMessage).toList();
    }

    @Override
    public void publish(LogRecord r) {
        records.add(r);
    }

    @Override
    public void flush() {
    }

    /** Stops capturing and puts the logger's level back. */
    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }
}
