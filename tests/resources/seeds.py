"""The JSON of the seeds' route and outplan tutorials (seeds/003 and 004), verbatim."""

from __future__ import annotations

from typing import Any

SYSTEM_CUSTOMER = "00000000-0000-0000-0000-000000000001"
PROVIDER = "4dbeabd6-f397-4375-95d2-a38411e07ed1"

ROUTE_LIST: dict[str, Any] = {
    "result": [
        {
            "id": "491b6858-5357-11ed-b753-8fd49cd36340",
            "customer_id": SYSTEM_CUSTOMER,
            "name": "",
            "detail": "",
            "provider_id": PROVIDER,
            "priority": 1,
            "target": "all",
            "tm_create": "2022-10-22 16:16:16.874761",
            "tm_update": "2022-10-22 16:16:16.874761",
            "tm_delete": "9999-01-01 00:00:00.000000",
        }
    ],
    "next_page_token": "2022-10-22 16:16:16.874761",
}
ROUTE_DETAIL: dict[str, Any] = {
    "id": "dccfd81b-5f11-4c49-8e3f-70730ef1a4d3",
    "customer_id": SYSTEM_CUSTOMER,
    "name": "",
    "detail": "",
    "provider_id": PROVIDER,
    "priority": 1,
    "target": "+82",
    "tm_create": "2022-10-26 11:41:18.124909",
    "tm_update": "2022-10-29 14:50:33.477405",
    "tm_delete": "2022-10-29 14:50:33.477405",
}
ROUTE_CREATE_BODY = {"customer_id": SYSTEM_CUSTOMER, "provider_id": PROVIDER, "priority": 1, "target": "+82"}
ROUTE_CREATED: dict[str, Any] = {
    "id": "b972b61c-59d2-4217-8fbb-a32304be5c3b",
    "customer_id": SYSTEM_CUSTOMER,
    "name": "",
    "detail": "",
    "provider_id": PROVIDER,
    "priority": 1,
    "target": "+82",
    "tm_create": "2022-11-02 15:36:32.174346",
    "tm_update": "9999-01-01 00:00:00.000000",
    "tm_delete": "9999-01-01 00:00:00.000000",
}
ROUTE_UPDATE_BODY = {"customer_id": SYSTEM_CUSTOMER, "provider_id": PROVIDER, "priority": 2, "target": "+82"}
ROUTE_UPDATED = {**ROUTE_CREATED, "priority": 2, "tm_update": "2022-11-02 15:43:09.190169"}
ROUTE_DELETED = {**ROUTE_CREATED, "tm_update": "2022-11-02 15:44:09.686612", "tm_delete": "2022-11-02 15:44:09.686612"}

SOURCE_FULL = {"type": "tel", "target": "+15559876543", "target_name": "", "name": "", "detail": ""}
OUTPLAN: dict[str, Any] = {
    "id": "d5fb7357-7ddb-4f2d-87b5-8ccbfd6c039e",
    "customer_id": "7a1b2c3d-4e5f-6789-abcd-ef0123456789",
    "name": "test outplan",
    "detail": "outplan for test use.",
    "source": SOURCE_FULL,
    "dial_timeout": 30000,
    "try_interval": 60000,
    "max_try_count_0": 5,
    "max_try_count_1": 5,
    "max_try_count_2": 5,
    "max_try_count_3": 5,
    "max_try_count_4": 5,
    "tm_create": "2022-04-28 01:50:23.414000",
    "tm_update": "2022-04-30 12:01:13.780469",
    "tm_delete": "9999-01-01 00:00:00.000000",
}
OUTPLAN_LIST = {"result": [OUTPLAN], "next_page_token": "2022-04-28 01:50:23.414000"}
OUTPLAN_CREATE_BODY: dict[str, Any] = {
    "name": "test outplan",
    "detail": "outplan for test use.",
    "source": {"type": "tel", "target": "+15559876543"},
    "dial_timeout": 30000,
    "try_interval": 600000,
    "max_try_count_0": 5,
    "max_try_count_1": 5,
    "max_try_count_2": 5,
    "max_try_count_3": 5,
    "max_try_count_4": 5,
}
OUTPLAN_CREATED = {**OUTPLAN, "try_interval": 600000, "tm_update": "9999-01-01 00:00:00.000000"}
OUTPLAN_DIAL_INFO_BODY: dict[str, Any] = {
    "source": {"type": "tel", "target": "+15559876543"},
    "dial_timeout": 30000,
    "try_interval": 60000,
    "max_try_count_0": 5,
    "max_try_count_1": 5,
    "max_try_count_2": 5,
    "max_try_count_3": 5,
    "max_try_count_4": 5,
}
OUTPLAN_BASIC_BODY = {"name": "test outplan", "detail": "outplan for test use"}
OUTPLAN_BASIC_UPDATED = {**OUTPLAN, "detail": "outplan for test use", "tm_update": "2022-05-02 05:59:44.290658"}
