#!/usr/bin/env python3
"""Re-record cassettes/ (or the folder given) for the quick start: the seeds' tutorials.

The tutorials' answers are the seeds' own JSON, served by the project's loopback
test server (tests/loopback.py); URLs are stored as https://api.voipbin.net so the
quick start replays them with the default base URL. Request ids, user agents, dates
and credentials are dropped, so recording twice gives the same bytes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "examples")]

import quickstart  # noqa: E402
import vcr  # noqa: E402
from voipbin import Voipbin  # noqa: E402
from voipbin.testing import vcr_config  # noqa: E402

from tests.cassette_kit.scenarios import SCENARIOS  # noqa: E402
from tests.loopback import Loopback  # noqa: E402
from tests.resources import seeds  # noqa: E402

API = "https://api.voipbin.net"
CASSETTES = ROOT / "cassettes"
EMPTY_PAGE = {"result": [], "next_page_token": ""}
UNSTABLE_HEADERS = ("x-request-id", "user-agent", "date", "server", "host")

ANSWERS: dict[str, list[Any]] = {
    "route_tutorial.yaml": [seeds.ROUTE_LIST, EMPTY_PAGE, seeds.ROUTE_DETAIL, seeds.ROUTE_CREATED,
                            seeds.ROUTE_UPDATED, seeds.ROUTE_DELETED],
    "outplan_tutorial.yaml": [seeds.OUTPLAN_LIST, EMPTY_PAGE, seeds.OUTPLAN_CREATED, seeds.OUTPLAN_BASIC_UPDATED,
                              seeds.OUTPLAN, {**seeds.OUTPLAN, "tm_delete": "2022-05-02 06:00:00.000000"}],
}  # fmt: skip
TUTORIALS: dict[str, Callable[[Voipbin], None]] = {
    "route_tutorial.yaml": quickstart.route_tutorial,
    "outplan_tutorial.yaml": quickstart.outplan_tutorial,
}


def recorder(server: Loopback, directory: Path) -> vcr.VCR:
    config = vcr_config(record=True)
    scrub_request, scrub_response = config.pop("before_record_request"), config.pop("before_record_response")

    def request(req: Any) -> Any:
        req.uri = req.uri.replace(server.root, API)
        return scrub_request(req)

    def response(resp: dict[str, Any]) -> dict[str, Any]:
        headers = resp.get("headers", {})
        for name in [n for n in headers if n.lower() in UNSTABLE_HEADERS]:
            del headers[name]
        scrubbed: dict[str, Any] = scrub_response(resp)
        return scrubbed

    config["record_mode"] = "all"
    config["filter_headers"] = [*config["filter_headers"], *UNSTABLE_HEADERS]
    return vcr.VCR(cassette_library_dir=str(directory), before_record_request=request,
                   before_record_response=response, **config)  # fmt: skip


def main() -> int:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else CASSETTES
    directory.mkdir(exist_ok=True)
    server = Loopback()
    try:
        for name, answers in ANSWERS.items():
            for answer in answers:
                server.reply(200, answer)
            (directory / name).unlink(missing_ok=True)
            with (
                recorder(server, directory).use_cassette(name),
                Voipbin(token="recording", base_url=server.base_url) as vb,
            ):
                TUTORIALS[name](vb)
            print(f"recorded {directory / name} from the loopback test server ({len(answers)} answers)")
        for name, scenario in SCENARIOS.items():
            for status, payload, headers in scenario.answers:
                if payload is None or isinstance(payload, str):
                    server.reply(status, body=(payload or "").encode(), headers=headers)
                else:
                    server.reply(status, payload, headers=headers)
            (directory / name).unlink(missing_ok=True)
            cassette = recorder(server, directory).use_cassette(name)
            with cassette, Voipbin(token="recording", base_url=server.base_url, max_retries=2) as vb:
                vb._sleep_for = lambda seconds: None
                scenario.run(vb)
            print(f"recorded {directory / name} from the loopback test server ({len(scenario.answers)} answers)")
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
