package dev.nnet.runtime;

import dev.nnet.diag.DiagnosticCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file the way {@link HistoryFile} and model files are written: into a temporary file
 * beside it ({@code name.tmp}), forced to the disk, then moved over the target in one step. A
 * reader never sees half a picture, and a failed write leaves the old file as it was.
 */
final class PictureFile {
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private PictureFile() {
    }

    static void write(Path path, Content content) {
        Path temp = path.resolveSibling(path.getFileName() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                if (!Files.isDirectory(temp)) Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the error below says what went wrong; a leftover temporary file is its consequence
            }
            // The file's own name and the system's reason: the full path differs from machine to machine.
            String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new RunError(DiagnosticCode.E0641, "cannot write the plot `" + path.getFileName() + "` (through `"
                    + temp.getFileName() + "` beside it): " + reason,
                    "check that its folder can be written and that nothing else has those names");
        }
    }
}
