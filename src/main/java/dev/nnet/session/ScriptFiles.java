package dev.nnet.session;

import dev.nnet.diag.SourceText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads script files as UTF-8 text (a byte-order mark is dropped), with reasons a person can act on. */
public final class ScriptFiles {
    private ScriptFiles() {
    }

    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    public static SourceText read(Path file, String displayName) throws Unreadable {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new Unreadable("it is a folder, not a script");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Unreadable("no such file");
        } catch (IOException e) {
            throw new Unreadable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("it is not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return new SourceText(displayName, text);
    }
}
