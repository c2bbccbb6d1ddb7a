package cn.jifending.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.evidence.EvidenceLinks;
import cn.jifending.evidence.EvidenceStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** The links on declaration cards open the stored evidence from the sandbox console. */
class SandboxEvidenceLinksTests extends MariaDbTestBase {

    @Autowired EvidenceLinks links;
    @Autowired EvidenceStore evidence;
    @Autowired SandboxController controller;
    @Autowired TransactionTemplate tx;

    @Test
    void aLinkServesTheStoredBytesWithTheirTypeAndAnUnknownIdIsNotFound() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 7, 7};
        long id = tx.execute(s -> evidence.store(png, "sheet.png", "demo-member-1", cn.jifending.audit.Source.system("test")).id());

        assertThat(links.link(id)).isEqualTo("/sandbox/api/files/evidence/" + id);
        var answer = controller.evidence(id);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).isEqualTo(png);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("image/png");
        assertThat(controller.evidence(Long.MAX_VALUE).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
