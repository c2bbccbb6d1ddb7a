package cn.jifending.sandbox.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.evidence.EvidenceLinks;
import org.springframework.stereotype.Component;

/** In the sandbox, evidence opens from the console at {@code /sandbox/api/files/evidence/<id>}. */
@Component
@ConditionalOnDingTalkMode(DingTalkMode.SANDBOX)
class SandboxEvidenceLinks implements EvidenceLinks {

    static final String PREFIX = "/sandbox/api/files/evidence/";

    @Override
    public String link(long evidenceId) {
        return PREFIX + evidenceId;
    }
}
