package io.databridge.odm.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The one-line description of where a run happened: CPU model and cores, JDK, this JVM's flags, and the
 * versions of the driver, Morphia, Spring Data MongoDB and the embedded server.
 *
 * @param cpu the CPU model from {@code /proc/cpuinfo}, or {@code "unknown CPU"}
 * @param cores the processors available to this JVM
 * @param jdk the JDK version, vendor and VM
 * @param jvmFlags this JVM's command-line flags, space-separated
 * @param libraries library versions, e.g. {@code "driver 5.8.1 | morphia 2.5.2 | ..."}
 */
public record MachineInfo(String cpu, int cores, String jdk, String jvmFlags, String libraries) {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    /**
     * Describes this machine and JVM.
     *
     * @return the description
     */
    public static MachineInfo detect() {
        var versions = versions();
        String libraries = "mongodb-driver-sync " + versions.getProperty("mongodb-driver")
                + " | morphia-core " + versions.getProperty("morphia")
                + " | spring-data-mongodb " + versions.getProperty("spring-data-mongodb")
                + " | server mongo-java-server " + versions.getProperty("mongo-java-server")
                + " (memory backend, own JVM, 127.0.0.1)";
        String jdk = "JDK " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")";
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return new MachineInfo(cpuModel(), Runtime.getRuntime().availableProcessors(), jdk,
                flags.isEmpty() ? "(no flags)" : String.join(" ", flags), libraries);
    }

    /**
     * The description as one line.
     *
     * @return e.g. {@code "machine: AMD EPYC, 2 cores | JDK 25.0.1 (...) -Xmx2g | mongodb-driver-sync 5.8.1 | ..."}
     */
    public String line() {
        return "machine: " + cpu + ", " + cores + " cores | " + jdk + " " + jvmFlags + " | " + libraries;
    }

    private static String cpuModel() {
        if (!Files.isReadable(CPUINFO)) {
            return "unknown CPU";
        }
        try (Stream<String> lines = Files.lines(CPUINFO)) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static Properties versions() {
        var properties = new Properties();
        try (InputStream in = MachineInfo.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
