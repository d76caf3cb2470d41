package io.databridge.archfixtures.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Breaks the api's purity: a logging library is not on the api's whitelist. Nothing else is wrong with it. */
public final class PortWithALogger {

    private static final Logger LOG = LoggerFactory.getLogger(PortWithALogger.class);

    private PortWithALogger() {}

    /** Logs a greeting. */
    public static void hello() {
        LOG.info("hello");
    }
}
