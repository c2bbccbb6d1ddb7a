package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkContacts;
import cn.jifending.notification.DeliveryException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The address book through oapi {@code topapi/v2/user/list} (paged), {@code topapi/v2/department/listsubid}
 * and {@code topapi/v2/department/get}.
 */
final class OapiContacts implements DingTalkContacts {

    private static final int PAGE_SIZE = 100;

    private final OapiClient oapi;

    OapiContacts(OapiClient oapi) {
        this.oapi = oapi;
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
            JsonNode result = oapi.postJson("/topapi/v2/user/list", request).path("result");
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
        JsonNode ids = oapi.postJson("/topapi/v2/department/listsubid", Map.of("dept_id", departmentId))
                .path("result").path("dept_id_list");
        List<Long> result = new ArrayList<>();
        for (JsonNode id : ids.values()) {
            result.add(id.asLong());
        }
        return result;
    }

    @Override
    public String departmentName(long departmentId) throws DeliveryException {
        return JsonFields.text(oapi.postJson("/topapi/v2/department/get", Map.of("dept_id", departmentId))
                .path("result"), "name");
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
