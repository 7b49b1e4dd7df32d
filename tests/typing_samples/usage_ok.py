"""Checked by mypy --strict in tests/resources/test_typing.py: how applications use the SDK."""

from __future__ import annotations

import uuid

from voipbin import Address, AsyncVoipbin, Voipbin
from voipbin._pagination import AsyncPaginator, SyncPaginator
from voipbin_api.models import CampaignManagerOutplan, RouteManagerRoute


def sync_usage(vb: Voipbin) -> list[str]:
    routes: SyncPaginator[RouteManagerRoute] = vb.routes.list(customer_id="c", page_size=50)
    targets = [str(route.target) for route in routes]
    route: RouteManagerRoute = vb.routes.get(uuid.uuid4())
    vb.routes.create(customer_id="c", provider_id="p", priority=1, target="+82")
    vb.routes.update(route.id if isinstance(route.id, uuid.UUID) else "x", provider_id="p", priority=2, target="+82")
    plan: CampaignManagerOutplan = vb.outplans.create(
        name="n", source=Address.tel("+15559876543"), dial_timeout=30000, try_interval=600000, max_try_count_0=5
    )
    vb.outplans.update_dial_info("id", source={"type": "tel", "target": "+15559876543"}, dial_timeout=1,
                                 try_interval=1, max_try_count_0=1, max_try_count_1=1, max_try_count_2=1,
                                 max_try_count_3=1, max_try_count_4=1)  # fmt: skip
    del plan
    return targets


async def async_usage(vb: AsyncVoipbin) -> list[str]:
    routes: AsyncPaginator[RouteManagerRoute] = vb.routes.list()
    route: RouteManagerRoute = await vb.routes.get("id")
    return [str(r.target) async for r in routes] + [str(route.target)]
