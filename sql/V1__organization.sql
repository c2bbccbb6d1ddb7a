-- Organization: committee -> branches -> party groups -> members, membership spells and roles.

CREATE TABLE org_committee (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(100) NOT NULL,
    created_at DATETIME     NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_branch (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    committee_id BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    created_at   DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_org_branch_name UNIQUE (committee_id, name),
    CONSTRAINT fk_org_branch_committee FOREIGN KEY (committee_id) REFERENCES org_committee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_party_group (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    branch_id  BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    created_at DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_org_party_group_name UNIQUE (branch_id, name),
    CONSTRAINT fk_org_party_group_branch FOREIGN KEY (branch_id) REFERENCES org_branch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- probationary = still a 预备党员; converted_on = the day a probationary member became formal.
CREATE TABLE org_member (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    user_id      VARCHAR(64)  NOT NULL,
    name         VARCHAR(64)  NOT NULL,
    probationary BOOLEAN      NOT NULL,
    joined_on    DATE         NULL,
    converted_on DATE         NULL,
    created_at   DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_org_member_user_id UNIQUE (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A spell of membership in one branch: [joined_on, left_on], left_on NULL while open.
CREATE TABLE org_membership (
    id             BIGINT   NOT NULL AUTO_INCREMENT,
    member_id      BIGINT   NOT NULL,
    branch_id      BIGINT   NOT NULL,
    party_group_id BIGINT   NULL,
    joined_on      DATE     NOT NULL,
    left_on        DATE     NULL,
    created_at     DATETIME NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_org_membership_member FOREIGN KEY (member_id) REFERENCES org_member (id),
    CONSTRAINT fk_org_membership_branch FOREIGN KEY (branch_id) REFERENCES org_branch (id),
    CONSTRAINT fk_org_membership_group FOREIGN KEY (party_group_id) REFERENCES org_party_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_org_membership_member ON org_membership (member_id, joined_on);
CREATE INDEX ix_org_membership_branch ON org_membership (branch_id, joined_on);

-- Roles: per branch (branch_id set) or committee-wide (branch_id NULL, COMMITTEE_ADMIN).
CREATE TABLE org_role (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    member_id  BIGINT      NOT NULL,
    branch_id  BIGINT      NULL,
    role       VARCHAR(32) NOT NULL,
    granted_by VARCHAR(64) NOT NULL,
    granted_at DATETIME    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_org_role_member FOREIGN KEY (member_id) REFERENCES org_member (id),
    CONSTRAINT fk_org_role_branch FOREIGN KEY (branch_id) REFERENCES org_branch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_org_role_member ON org_role (member_id);
CREATE INDEX ix_org_role_branch ON org_role (branch_id, role);
