package dev.nnet.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** `nnet lsp` as a process sees it: JSON-RPC bytes in on stdin, out on stdout, nothing else there. */
class LspCommandTest {
    private static final String INITIALIZE =
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}";

    private static String message(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }

    private static int serve(String input, ByteArrayOutputStream out, ByteArrayOutputStream err) throws Exception {
        return new LspCommand(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .call();
    }

    @Test
    void answersInitializeAndEndsWithZeroAfterShutdownAndExit() throws Exception {
        String input = message(INITIALIZE)
                + message("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}")
                + message("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}")
                + message("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, serve(input, out, err));
        String protocol = out.toString(StandardCharsets.UTF_8);
        assertTrue(protocol.startsWith("Content-Length: "), protocol);
        assertTrue(protocol.contains("\"hoverProvider\":true"), protocol);
        assertTrue(protocol.contains("\"inlayHintProvider\":true"), protocol);
    }

    @Test
    void endsWithOneWhenTheClientGoesAwayWithoutExit() throws Exception {
        String input = message(INITIALIZE)
                + "Content-Length: 12\r\n\r\n{not json!!}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, serve(input, out, err));
    }
}
