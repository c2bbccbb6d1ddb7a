package cn.jifending.recording.internal;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** rec_import: which files a branch has imported, by content hash. */
@Component
class ImportStore {

    record Imported(String kind, String fileName, String period, LocalDateTime at, String by) {
    }

    private final ImportMapper imports;

    ImportStore(ImportMapper imports) {
        this.imports = imports;
    }

    Optional<Imported> find(long branchId, String sha256) {
        return Optional.ofNullable(imports.selectOne(Wrappers.lambdaQuery(ImportRow.class)
                        .eq(ImportRow::getBranchId, branchId).eq(ImportRow::getSha256, sha256)))
                .map(r -> new Imported(r.getKind(), r.getFileName(), r.getPeriod(), r.getImportedAt(),
                        r.getImportedBy()));
    }

    void insert(long branchId, String kind, String sha256, String fileName, String period, int rows, String by,
                LocalDateTime at) {
        imports.insert(new ImportRow().setBranchId(branchId).setKind(kind).setSha256(sha256).setFileName(fileName)
                .setPeriod(period).setRowCount(rows).setImportedBy(by).setImportedAt(at));
    }
}
