package cn.jifending.ledger;

import cn.jifending.audit.Source;
import cn.jifending.scoring.FactKind;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.organization.Actor;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.NewMember;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LedgerExportTests extends MariaDbTestBase {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @Autowired
    Ledger ledger;
    @Autowired
    LedgerExport export;
    @Autowired
    Organization organization;
    @Autowired
    MemberDirectory directory;

    @Test
    void exportsASmallBranchExactly() throws Exception {
        OrgFixture fixture = new OrgFixture(organization);
        Branch branch = fixture.branch();
        Branch elsewhere = fixture.branch();
        Actor admin = OrgFixture.ADMIN;
        Member formal = organization.addMember(new NewMember(OrgFixture.unique("u"), "李明", false, null,
                branch.id(), null, LocalDate.of(2020, 1, 1)), admin);
        Member probationary = organization.addMember(new NewMember(OrgFixture.unique("u"), "周婷", true,
                LocalDate.of(2025, 9, 1), branch.id(), null, LocalDate.of(2025, 9, 1)), admin);
        organization.convertToFormal(probationary.id(), LocalDate.of(2026, 9, 1), admin);
        Member mover = organization.addMember(new NewMember(OrgFixture.unique("u"), "Wang \"Jr\", Jun", false, null,
                elsewhere.id(), null, LocalDate.of(2024, 1, 1)), admin);
        organization.moveMember(mover.id(), branch.id(), null, LocalDate.of(2026, 4, 1), admin);

        Fact absent = ledger.record(NewFact.of(FactKind.ATTENDANCE, branch.id(), formal.id(), "branch_congress",
                LocalDate.of(2026, 3, 5), "ABSENT", Source.chat("msg-1"), "demo-recorder"));
        Fact excused = ledger.correct(absent.id(), Correction.replacement(null, LocalDate.of(2026, 3, 5), "EXCUSED",
                "leave approved, see note", Source.cardAction("card-9", "approve"), "demo-secretary"));
        Fact xuexi = ledger.record(NewFact.of(FactKind.XUEXI_MISSED_DAYS, branch.id(), probationary.id(), null,
                LocalDate.of(2026, 2, 1), "3", Source.importFile("f00d"), "demo-recorder"));
        Fact featured = ledger.record(NewFact.of(FactKind.FEATURED, branch.id(), mover.id(), "volunteer_service",
                LocalDate.of(2026, 5, 20), "2", Source.system("declaration-4"), "demo-secretary"));
        ledger.record(NewFact.of(FactKind.DUES, branch.id(), formal.id(), null, LocalDate.of(2025, 12, 1),
                "ON_TIME", Source.chat("msg-last-year"), "demo-recorder"));
        long formalSpell = directory.spellsOf(formal.id()).get(0).id();
        long probationarySpell = directory.spellsOf(probationary.id()).get(0).id();
        long moverSpell = directory.spellsOf(mover.id()).get(1).id();
        long b = branch.id();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeCsv(branch.id(), 2026, out);

        String expected = String.join("\r\n",
                "fact_id,kind,branch_id,member_id,member_name,item,occurred_on,ends_on,value,corrects,"
                        + "recorded_by,recorded_at,source,reason",
                "M" + formalSpell + ",MEMBERSHIP," + b + "," + formal.id() + ",李明,,2020-01-01,,FORMAL,,,,ORGANIZATION:spell,",
                absent.id() + ",ATTENDANCE," + b + "," + formal.id() + ",李明,branch_congress,2026-03-05,,ABSENT,,"
                        + "demo-recorder," + AT.format(absent.recordedAt()) + ",CHAT_MESSAGE:msg-1,",
                excused.id() + ",ATTENDANCE," + b + "," + formal.id() + ",李明,branch_congress,2026-03-05,,EXCUSED,"
                        + absent.id() + ",demo-secretary," + AT.format(excused.recordedAt())
                        + ",CARD_ACTION:card-9 approve,\"leave approved, see note\"",
                "M" + probationarySpell + ",MEMBERSHIP," + b + "," + probationary.id()
                        + ",周婷,,2025-09-01,2026-08-31,PROBATIONARY,,,,ORGANIZATION:spell,",
                "M" + probationarySpell + "-2,MEMBERSHIP," + b + "," + probationary.id()
                        + ",周婷,,2026-09-01,,FORMAL,,,,ORGANIZATION:spell,",
                xuexi.id() + ",XUEXI_MISSED_DAYS," + b + "," + probationary.id() + ",周婷,xuexi_login,2026-02-01,,3,,"
                        + "demo-recorder," + AT.format(xuexi.recordedAt()) + ",IMPORT_FILE:f00d,",
                "M" + moverSpell + ",MEMBERSHIP," + b + "," + mover.id()
                        + ",\"Wang \"\"Jr\"\", Jun\",,2026-04-01,,FORMAL,,,,ORGANIZATION:spell,",
                featured.id() + ",FEATURED," + b + "," + mover.id() + ",\"Wang \"\"Jr\"\", Jun\",volunteer_service,"
                        + "2026-05-20,,2,,demo-secretary," + AT.format(featured.recordedAt())
                        + ",SYSTEM:declaration-4,") + "\r\n";
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
