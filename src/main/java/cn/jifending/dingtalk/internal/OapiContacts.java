package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkContacts;
import cn.jifending.notification.DeliveryException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The address book through oapi {@code topapi/v2/user/list} (paged), {@code topapi/v2/department/listsubid}
 * and {@code topapi/v2/department/get}. Every read is paced and waits out throttling ({@link OapiClient});
 * a transient failure (system busy, 5xx, a lost connection) is read again up to {@link #ATTEMPTS} times,
 * 1 s and then 2 s later, because the admin is waiting for the answer.
 */
final class OapiContacts implements DingTalkContacts {

    static final int ATTEMPTS = 3;
    private static final int PAGE_SIZE = 100;

    private final OapiClient oapi;
    private final ApiRateLimiter.Sleeper sleeper;

    OapiContacts(OapiClient oapi, ApiRateLimiter.Sleeper sleeper) {
        this.oapi = oapi;
        this.sleeper = sleeper;
    }

    OapiContacts(OapiClient oapi) {
        this(oapi, duration -> Thread.sleep(duration.toMillis()));
    }

    @Override
    public List<DingTalkUser> listDepartmentUsers(long departmentId) throws DeliveryException {
        List<DingTalkUser> users = new ArrayList<>();
        long cursor = 0;
        while (true) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("dept_id", departmentId);
            request.put("cursor", cursor);
            request.put("size", PAGE_SIZE);
            JsonNode result = read("/topapi/v2/user/list", request).path("result");
            for (JsonNode user : result.path("list").values()) {
                users.add(user(user));
            }
            if (!result.path("has_more").asBoolean(false) || !result.path("next_cursor").isNumber()) {
                return users;
            }
            cursor = result.path("next_cursor").longValue();
        }
    }

    @Override
    public List<Long> listSubDepartmentIds(long departmentId) throws DeliveryException {
        JsonNode ids = read("/topapi/v2/department/listsubid", Map.of("dept_id", departmentId))
                .path("result").path("dept_id_list");
        List<Long> result = new ArrayList<>();
        for (JsonNode id : ids.values()) {
            result.add(id.asLong());
        }
        return result;
    }

    @Override
    public String departmentName(long departmentId) throws DeliveryException {
        return JsonFields.text(read("/topapi/v2/department/get", Map.of("dept_id", departmentId))
                .path("result"), "name");
    }

    private JsonNode read(String path, Object body) throws DeliveryException {
        for (int attempt = 1; ; attempt++) {
            try {
                return oapi.postJson(path, body);
            } catch (DeliveryException e) {
                if (attempt >= ATTEMPTS || DingTalkCallException.kindOf(e) != FailureKind.TRANSIENT) {
                    throw e;
                }
                try {
                    sleeper.sleep(Duration.ofSeconds(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static DingTalkUser user(JsonNode node) {
        List<Long> departments = new ArrayList<>();
        for (JsonNode id : node.path("dept_id_list").values()) {
            departments.add(id.asLong());
        }
        return new DingTalkUser(JsonFields.text(node, "userid"), JsonFields.text(node, "name"),
                JsonFields.text(node, "mobile"), JsonFields.text(node, "title"), departments,
                node.path("active").asBoolean(true));
    }
}
