package cn.jifending.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MariaDbTestBase;
import cn.jifending.evidence.Evidence;
import cn.jifending.evidence.EvidenceRejectedException;
import cn.jifending.evidence.EvidenceStore;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** The evidence store: bytes fetched through the Messenger (the sandbox's), sniffed, hashed, kept. */
class EvidenceStoreTests extends MariaDbTestBase {

    @Autowired EvidenceStore store;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @ParameterizedTest
    @CsvSource({
            "FFD8FFE000104A464946, JPEG",
            "89504E470D0A1A0A0000, PNG",
            "47494638396101000100, GIF",
            "524946462400000057454250, WEBP",
            "255044462D312E370A25, PDF",
            "504B0304140006000800, OFFICE_ZIP",
            "D0CF11E0A1B11AE10000, OFFICE_OLE",
            "0000001866747970686569630000, HEIC",
            "424D3A00000000000000, BMP"})
    void typesAreRecognizedByTheirMagicBytes(String hex, FileType type) {
        assertThat(FileType.sniff(java.util.HexFormat.of().parseHex(hex))).contains(type);
    }

    @Test
    void textScriptsAndExecutablesAreNotEvidence() {
        assertThat(FileType.sniff("hello".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileType.sniff("#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileType.sniff(new byte[] {0x4D, 0x5A, (byte) 0x90, 0})).isEmpty();
        assertThat(FileType.sniff(new byte[0])).isEmpty();
    }

    @Test
    void aDownloadedPhotoIsStoredOnceByContentWithItsRowAndAuditEntry() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 7, 7, 7, (byte) UUID.randomUUID().hashCode()};
        String code = upload(jpeg);
        Evidence first = tx.execute(s -> store.fetch(code, "现场.jpg", "demo-member-1", cn.jifending.audit.Source.system("test")));
        Evidence second = tx.execute(s -> store.fetch(code, "现场.jpg", "demo-member-1", cn.jifending.audit.Source.system("test")));

        assertThat(first.contentType()).isEqualTo("image/jpeg");
        assertThat(first.sizeBytes()).isEqualTo(jpeg.length);
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(store.content(first.id())).isEqualTo(jpeg);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'evidence.stored' AND subject_id = :id")
                .param("id", String.valueOf(first.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void unsupportedEmptyAndMissingFilesAreRejectedWithTheProblem() {
        assertThatThrownBy(() -> tx.execute(s -> store.fetch(upload("纯文本".getBytes(StandardCharsets.UTF_8)),
                "a.txt", "demo-member-1", cn.jifending.audit.Source.system("test"))))
                .isInstanceOfSatisfying(EvidenceRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(EvidenceRejectedException.Problem.UNSUPPORTED_TYPE));
        assertThatThrownBy(() -> tx.execute(s -> store.fetch("no-such-code", "x.jpg", "demo-member-1", cn.jifending.audit.Source.system("test"))))
                .isInstanceOfSatisfying(EvidenceRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(EvidenceRejectedException.Problem.DOWNLOAD_FAILED));
        assertThatThrownBy(() -> tx.execute(s -> store.store(new byte[0], "x.jpg", "demo-member-1", cn.jifending.audit.Source.system("test"))))
                .isInstanceOfSatisfying(EvidenceRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(EvidenceRejectedException.Problem.EMPTY));
    }

    @Test
    void aFileOverTheLimitIsRejected() {
        byte[] big = new byte[(int) DataSize.ofMegabytes(10).toBytes() + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThatThrownBy(() -> tx.execute(s -> store.store(big, "big.jpg", "demo-member-1", cn.jifending.audit.Source.system("test"))))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(EvidenceRejectedException.Problem.TOO_LARGE);
                    assertThat(e.limitBytes()).isEqualTo(DataSize.ofMegabytes(10).toBytes());
                });
    }

    @Test
    void aNonPositiveSizeLimitIsAConfigurationError() {
        assertThatThrownBy(() -> new EvidenceProperties(null, DataSize.ofBytes(0), Set.of(FileType.JPEG)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jifen.evidence.max-size");
    }

    private String upload(byte[] bytes) {
        String code = "ev-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO sandbox_file (code, file_name, content_type, content, created_at) "
                        + "VALUES (:c, 'f', 'application/octet-stream', :b, :at)")
                .param("c", code).param("b", bytes).param("at", LocalDateTime.now()).update();
        return code;
    }
}
