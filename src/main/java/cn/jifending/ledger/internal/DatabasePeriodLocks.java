package cn.jifending.ledger.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.audit.Source;
import cn.jifending.ledger.PeriodLocks;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class DatabasePeriodLocks implements PeriodLocks {

    private final LockMapper locks;
    private final AuditLog audit;
    private final LedgerClock clock;

    DatabasePeriodLocks(LockMapper locks, AuditLog audit, LedgerClock clock) {
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void lock(long branchId, int year, int quarter, String actor, Source source) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4, not " + quarter);
        }
        if (locks.selectCount(query(branchId, year, quarter)) > 0) {
            return;
        }
        LockRow row = new LockRow();
        row.branchId = branchId;
        row.lockYear = year;
        row.quarter = quarter;
        row.lockedBy = actor;
        row.lockedAt = clock.now();
        locks.insert(row);
        audit.record(AuditEntry.of(actor, "ledger.period.locked", "ledger_period_lock", row.id, source)
                .with("branch", branchId).with("year", year).with("quarter", quarter));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isLocked(long branchId, LocalDate date) {
        return locks.selectCount(query(branchId, date.getYear(), quarterOf(date))) > 0;
    }

    static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    private static LambdaQueryWrapper<LockRow> query(long branchId, int year, int quarter) {
        return Wrappers.lambdaQuery(LockRow.class).eq(LockRow::getBranchId, branchId).eq(LockRow::getLockYear, year)
                .eq(LockRow::getQuarter, quarter);
    }
}
