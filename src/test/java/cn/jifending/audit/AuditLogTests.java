package cn.jifending.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MariaDbTestBase;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

class AuditLogTests extends MariaDbTestBase {

    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;

    @Test
    void recordsInsideTheCallersTransaction() {
        String id = UUID.randomUUID().toString();
        AuditRecord r = tx.execute(s -> audit.record(AuditEntry.of("demo-secretary", "test.changed", "thing", id,
                Source.chat("msg-1", 42L)).changed("old", "new")));

        assertThat(r.id()).isPositive();
        assertThat(r.at()).isNotNull();
        assertThat(audit.entriesFor("thing", id)).containsExactly(r);
    }

    @Test
    void refusesToRecordOutsideATransaction() {
        assertThatThrownBy(() -> audit.record(AuditEntry.of("x", "test.outside", "thing", "1", Source.system("test"))))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aRolledBackChangeLeavesNoAuditRow() {
        String id = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            audit.record(AuditEntry.of("x", "test.rolled-back", "thing", id, Source.system("test")).with("to", "after"));
            s.setRollbackOnly();
        });
        assertThat(audit.entriesFor("thing", id)).isEmpty();
    }

    @Test
    void theApiOffersNoWayToChangeOrDeleteEntries() {
        assertThat(AuditLog.class.getMethods()).extracting(java.lang.reflect.Method::getName)
                .containsOnly("record", "entriesFor", "count");
    }
}
