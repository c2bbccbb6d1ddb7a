-- The Spring Modulith event publication registry (issue 14 §7): one row per event and listener,
-- written in the publishing transaction and completed when the listener has done its work, so a
-- listener whose work was cut off (a crash, a failure) is found incomplete and resubmitted.
-- Copied from spring-modulith-events-jdbc 2.1.1, schemas/v2/schema-mysql.sql (Modulith's own schema
-- initialization is off: spring.modulith.events.jdbc.schema-initialization.enabled=false).

CREATE TABLE IF NOT EXISTS EVENT_PUBLICATION
(
  ID                     VARCHAR(36) NOT NULL,
  LISTENER_ID            VARCHAR(512) NOT NULL,
  EVENT_TYPE             VARCHAR(512) NOT NULL,
  SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
  PUBLICATION_DATE       TIMESTAMP(6) NOT NULL,
  COMPLETION_DATE        TIMESTAMP(6) DEFAULT NULL NULL,
  STATUS                 VARCHAR(20),
  COMPLETION_ATTEMPTS    INT,
  LAST_RESUBMISSION_DATE TIMESTAMP(6) DEFAULT NULL NULL,
  PRIMARY KEY (ID),
  INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
);
