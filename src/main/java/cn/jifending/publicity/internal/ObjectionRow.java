package cn.jifending.publicity.internal;

/** An objection raised during a 公示, with the panel's answer when there is one. */
record ObjectionRow(long id, long windowId, String userId, String name, String reason, String decision,
                    String note, String decidedBy) {

    boolean answered() {
        return decision != null;
    }
}
