package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.annotation.TableName;

/** Row of {@code declaration_evidence}: one evidence file of a declaration, in order. */
@TableName("declaration_evidence")
public class DeclarationEvidenceRow {

    private Long declarationId;
    private Long evidenceId;
    private Integer position;

    public Long getDeclarationId() {
        return declarationId;
    }

    public DeclarationEvidenceRow setDeclarationId(Long declarationId) {
        this.declarationId = declarationId;
        return this;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public DeclarationEvidenceRow setEvidenceId(Long evidenceId) {
        this.evidenceId = evidenceId;
        return this;
    }

    public Integer getPosition() {
        return position;
    }

    public DeclarationEvidenceRow setPosition(Integer position) {
        this.position = position;
        return this;
    }
}
