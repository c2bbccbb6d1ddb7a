package cn.jifending.dingtalk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Recorded DingTalk payloads under {@code src/test/resources/dingtalk/}. */
final class Payloads {

    private Payloads() {
    }

    static String read(String name) {
        try (InputStream in = Payloads.class.getResourceAsStream("/dingtalk/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded payload " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
