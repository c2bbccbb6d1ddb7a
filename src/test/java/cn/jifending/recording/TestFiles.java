package cn.jifending.recording;

import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import cn.jifending.notification.OutgoingMessage;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A Messenger for tests that hands back the bytes of files "sent" by users (no database involved):
 * {@link #put} a file and use the returned download code in an inbound attachment.
 */
public class TestFiles implements Messenger {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    public String put(byte[] content) {
        String code = "test-file-" + UUID.randomUUID();
        files.put(code, content);
        return code;
    }

    @Override
    public void send(OutgoingMessage message) throws DeliveryException {
        throw new DeliveryException("tests never dispatch", false);
    }

    @Override
    public byte[] download(String downloadCode) throws DeliveryException {
        byte[] b = files.get(downloadCode);
        if (b == null) {
            throw new DeliveryException("no test file " + downloadCode, false);
        }
        return b;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        TestFiles testFiles() {
            return new TestFiles();
        }
    }
}
