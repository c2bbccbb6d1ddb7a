package cn.jifending.recording.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** rec_import: which files a branch has imported, by content hash. */
@Component
class ImportStore {

    record Imported(String kind, String fileName, String period, LocalDateTime at, String by) {
    }

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Imported> find(long branchId, String sha256) {
        return jdbc.sql("SELECT kind, file_name, period, imported_at, imported_by FROM rec_import "
                        + "WHERE branch_id = :b AND sha256 = :h")
                .param("b", branchId).param("h", sha256)
                .query((rs, n) -> new Imported(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getString(5)))
                .optional();
    }

    void insert(long branchId, String kind, String sha256, String fileName, String period, int rows, String by,
                LocalDateTime at) {
        jdbc.sql("INSERT INTO rec_import (branch_id, kind, sha256, file_name, period, row_count, imported_by, "
                        + "imported_at) VALUES (:b, :k, :h, :f, :p, :n, :by, :at)")
                .param("b", branchId).param("k", kind).param("h", sha256).param("f", fileName).param("p", period)
                .param("n", rows).param("by", by).param("at", at).update();
    }
}
