package io.databridge.archfixtures.mapping;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Breaks the mapping's purity: a logging library is not on the mapping's whitelist. Nothing else is wrong. */
public final class MapperWithALogger {

    private static final Logger LOG = LoggerFactory.getLogger(MapperWithALogger.class);

    private MapperWithALogger() {}

    /** Logs a greeting. */
    public static void hello() {
        LOG.info("hello");
    }
}
