package dev.nnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into the jar's resources at build time. */
public final class Version implements CommandLine.IVersionProvider {
    public static String number() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/nnet/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"nnet " + number() + " (Java " + System.getProperty("java.version") + ")"};
    }
}
