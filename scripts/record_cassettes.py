#!/usr/bin/env python3
"""Re-record cassettes/ (or the folder given).

Targets, by what each can answer:
* the live API, for the seeds' tutorials, when VOIPBIN_BASE_URL and VOIPBIN_TOKEN or
  VOIPBIN_ACCESSKEY are set (it creates and deletes a real route and outplan);
* otherwise the project's loopback test server (tests/loopback.py) answering the
  seeds' own JSON for the tutorials;
* a local Prism mock of the spec (tests/contract/prism.py, or the one running at
  ``--prism URL``) for prism_examples.yaml, the spec's own examples (skipped, with a
  message, when Node is absent);
* the loopback server for the server-reality cases nothing else produces on demand
  (tests/cassette_kit/scenarios.py).
URLs are stored as https://api.voipbin.net so the quick start replays them with the
default base URL. Request ids, user agents, hosts, dates and credentials are dropped,
so recording twice gives the same bytes.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "examples")]

import quickstart  # noqa: E402
import spec_snapshots  # noqa: E402
import vcr  # noqa: E402
from voipbin import Voipbin  # noqa: E402
from voipbin.testing import vcr_config  # noqa: E402

from tests.cassette_kit.scenarios import SCENARIOS  # noqa: E402
from tests.contract.prism import prism_mock  # noqa: E402
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


def recorder(origin: str, directory: Path, stored_as: str = API) -> vcr.VCR:
    config = vcr_config(record=True)
    scrub_request, scrub_response = config.pop("before_record_request"), config.pop("before_record_response")

    def request(req: Any) -> Any:
        req.uri = req.uri.replace(origin, stored_as)
        return scrub_request(req)

    def response(resp: dict[str, Any]) -> dict[str, Any]:
        headers = resp.get("headers", {})
        for name in [n for n in headers if n.lower() in UNSTABLE_HEADERS]:
            del headers[name]
        scrubbed: dict[str, Any] = scrub_response(resp)
        return scrubbed

    config["record_mode"] = "all"
    config["filter_headers"] = list(UNSTABLE_HEADERS)
    return vcr.VCR(cassette_library_dir=str(directory), before_record_request=request,
                   before_record_response=response, **config)  # fmt: skip


def live() -> bool:
    has_key = os.environ.get("VOIPBIN_TOKEN") or os.environ.get("VOIPBIN_ACCESSKEY")
    return bool(os.environ.get("VOIPBIN_BASE_URL") and has_key)


def record_tutorials(directory: Path, server: Loopback) -> None:
    for name, answers in ANSWERS.items():
        (directory / name).unlink(missing_ok=True)
        if live():
            base_url = os.environ["VOIPBIN_BASE_URL"]
            with recorder(base_url.removesuffix("/v1.0"), directory).use_cassette(name), Voipbin() as vb:
                TUTORIALS[name](vb)
            print(f"recorded {directory / name} from the live API at {base_url}")
            continue
        for answer in answers:
            server.reply(200, answer)
        cassette = recorder(server.root, directory).use_cassette(name)
        with cassette, Voipbin(token="recording", base_url=server.base_url) as vb:
            TUTORIALS[name](vb)
        print(f"recorded {directory / name} from the loopback test server ({len(answers)} answers)")


def record_scenarios(directory: Path, server: Loopback) -> None:
    for name, scenario in SCENARIOS.items():
        for status, payload, headers in scenario.answers:
            if payload is None or isinstance(payload, str):
                server.reply(status, body=(payload or "").encode(), headers=headers)
            else:
                server.reply(status, payload, headers=headers)
        (directory / name).unlink(missing_ok=True)
        cassette = recorder(server.root, directory).use_cassette(name)
        with cassette, Voipbin(token="recording", base_url=server.base_url, max_retries=2) as vb:
            vb._sleep_for = lambda seconds: None
            scenario.run(vb)
        print(f"recorded {directory / name} from the loopback test server ({len(scenario.answers)} answers)")


def record_prism(directory: Path, running: str | None) -> None:
    """The spec's own examples, as Prism serves them: what a spec-only mock answers. From the
    Prism at ``running`` (a URL), else from one started for this."""
    name = "prism_examples.yaml"
    if running is None and shutil.which("node") is None:
        print(f"skipped {name}: Node.js is not installed (Prism needs it)")
        return
    (directory / name).unlink(missing_ok=True)
    with contextlib.nullcontext(running) if running is not None else prism_mock(spec_snapshots.require()) as url:
        cassette = recorder(url, directory, stored_as=API + "/v1.0").use_cassette(name)  # Prism serves at its root
        with cassette, Voipbin(token="recording", base_url=url) as vb:
            route = vb.routes.get("550e8400-e29b-41d4-a716-446655440000")
            vb.outplans.get("550e8400-e29b-41d4-a716-446655440000")
            vb.routes.delete(str(route.id))
    print(f"recorded {directory / name} from a Prism mock of the spec")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", nargs="?", type=Path, default=CASSETTES, help=f"default {CASSETTES}")
    parser.add_argument("--prism", metavar="URL", help="a Prism mock of the newest snapshot, already running")
    args = parser.parse_args()
    directory: Path = args.directory
    directory.mkdir(exist_ok=True)
    server = Loopback()
    try:
        record_tutorials(directory, server)
        record_scenarios(directory, server)
    finally:
        server.close()
    record_prism(directory, args.prism)
    return 0


if __name__ == "__main__":
    sys.exit(main())
