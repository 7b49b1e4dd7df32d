#!/usr/bin/env python3
"""What the facade costs over raw httpx, measured side by side in one run.

    .venv/bin/python scripts/bench.py [--rounds 5] [--out bench-results/bench.json]

A separate process serves fixed bytes on loopback (fast enough that the client is
what is measured). Each line is a ratio of medians over the rounds. The event stream
(scripts/bench_events.py) is measured against the raw websockets clients, sync and async.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import datetime
import importlib
import importlib.util
import json
import multiprocessing
import platform
import socket
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bench_emulator
import bench_events
import httpx
import spec_snapshots

ROOT = Path(__file__).resolve().parent.parent
ROUTE_ID = "491b6858-5357-11ed-b753-8fd49cd36340"
ROUTE = {
    "id": ROUTE_ID, "customer_id": "00000000-0000-0000-0000-000000000001", "name": "", "detail": "",
    "provider_id": "4dbeabd6-f397-4375-95d2-a38411e07ed1", "priority": 1, "target": "all",
    "tm_create": "2026-01-15T09:30:00.123456Z", "tm_update": None, "tm_delete": None,
}  # fmt: skip
PAGES = 100
PAGE_SIZE = 100


def _response(body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def _page(index: int, size: int) -> bytes:
    items = [{**ROUTE, "id": f"00000000-0000-0000-{index:04d}-{n:012d}"} for n in range(size)]
    token = str(index + 1) if index < PAGES else ""
    return json.dumps({"result": items if index < PAGES else [], "next_page_token": token}).encode()


def serve(port_out: Any, pages: int) -> None:
    """Answer each request from prebuilt bytes: a route, or page N for ?page_token=N."""
    single = _response(json.dumps(ROUTE).encode())
    page_bytes = [_response(_page(i, PAGE_SIZE)) for i in range(pages + 1)]

    class Fixed(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            self.transport = transport
            self.buffer = b""

        def data_received(self, data: bytes) -> None:
            self.buffer += data
            while b"\r\n\r\n" in self.buffer:
                head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
                target = head.split(b" ", 2)[1]
                if b"page_token=" in target:
                    index = int(target.split(b"page_token=")[1].split(b"&")[0])
                    answer = page_bytes[min(index, pages)]
                elif target.startswith(b"/v1.0/routes?") or target == b"/v1.0/routes":
                    answer = page_bytes[0]
                else:
                    answer = single
                self.transport.write(answer)  # type: ignore[attr-defined]

    async def main() -> None:
        server = await asyncio.get_running_loop().create_server(Fixed, "127.0.0.1", 0, backlog=512)
        port_out.put(server.sockets[0].getsockname()[1])
        await server.serve_forever()

    asyncio.run(main())


def median_seconds(work: Callable[[], Any], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_per_call(base: str, calls: int, rounds: int) -> dict[str, float]:
    from voipbin import Voipbin

    raw = httpx.Client()
    vb = Voipbin(token="t", base_url=base)

    def raw_calls() -> None:
        for _ in range(calls):
            json.loads(raw.get(f"{base}/routes/{ROUTE_ID}", headers={"Authorization": "Bearer t"}).content)

    def facade_calls() -> None:
        for _ in range(calls):
            vb.routes.get(ROUTE_ID)

    for work in (raw_calls, facade_calls):  # warm up connections and caches
        work()
    result = {"raw_httpx_s": median_seconds(raw_calls, rounds), "facade_s": median_seconds(facade_calls, rounds)}
    result["facade_vs_raw"] = result["facade_s"] / result["raw_httpx_s"]
    return result


def bench_parse(rounds: int, extras: Path | None) -> dict[str, float]:
    """Per-item parse of one page of 100 routes from bytes: the facade's page parser with the
    standard library's decoder and with orjson, beside pydantic v2's validate_json (the
    openai-python way). orjson and pydantic come from ``extras`` (dev.py bench installs
    them there), never from the project's own dependencies."""
    from voipbin import _parsers
    from voipbin.types import Route

    if extras is not None:
        sys.path.insert(0, str(extras))
    page = _page(0, PAGE_SIZE)
    response = httpx.Response(200, content=page)
    parse = _parsers.page_parser(Route)
    repeat = 500

    def per_item(work: Callable[[], Any]) -> float:
        return median_seconds(lambda: [work() for _ in range(repeat)], rounds) / repeat / PAGE_SIZE * 1e6

    result = {
        "json_loads_only_us": per_item(lambda: json.loads(page)),
        "facade_stdlib_us": per_item(lambda: parse(response)),
    }
    try:
        orjson = importlib.import_module("orjson")
        pydantic = importlib.import_module("pydantic")
    except ImportError:
        return result
    decoder = vars(_parsers)  # the facade's decoder, swapped for this measure only
    decoder["loads"] = orjson.loads
    try:
        result["facade_orjson_us"] = per_item(lambda: parse(response))
    finally:
        decoder["loads"] = json.loads
    adapter = pydantic.TypeAdapter(list[_pydantic_route(pydantic)])  # type: ignore[misc]
    items = json.dumps(json.loads(page)["result"]).encode()
    result["pydantic_validate_json_us"] = per_item(lambda: adapter.validate_json(items))
    result["facade_stdlib_vs_pydantic"] = result["facade_stdlib_us"] / result["pydantic_validate_json_us"]
    result["facade_orjson_vs_pydantic"] = result["facade_orjson_us"] / result["pydantic_validate_json_us"]
    return result


def _pydantic_route(pydantic: Any) -> Any:
    """The Route model as openai-python would write it: every field optional, extras kept."""
    fields: dict[str, Any] = {name: (str | None, None) for name in ROUTE if name != "priority"}
    fields["priority"] = (int | None, None)
    for name in ("tm_create", "tm_update", "tm_delete"):
        fields[name] = (datetime.datetime | None, None)
    config = pydantic.ConfigDict(extra="allow")
    return pydantic.create_model("Route", __config__=config, **fields)


def bench_pagination(base: str, rounds: int) -> dict[str, float]:
    from voipbin import Voipbin

    raw = httpx.Client()
    vb = Voipbin(token="t", base_url=base)

    def raw_loop() -> int:
        count, token = 0, None
        while True:
            params = {"page_size": PAGE_SIZE, **({"page_token": token} if token else {})}
            body = json.loads(raw.get(f"{base}/routes", params=params, headers={"Authorization": "Bearer t"}).content)
            count += len(body["result"])
            token = body.get("next_page_token")
            if not body["result"] or not token:
                return count

    def facade_loop() -> int:
        return sum(1 for _ in vb.routes.list(page_size=PAGE_SIZE))

    assert raw_loop() == facade_loop() == PAGES * PAGE_SIZE
    result = {"raw_httpx_s": median_seconds(raw_loop, rounds), "facade_s": median_seconds(facade_loop, rounds)}
    result["facade_vs_raw"] = result["facade_s"] / result["raw_httpx_s"]
    try:  # the `speed` extra (orjson, from --extras) against the same raw loop on the standard library's json
        orjson = importlib.import_module("orjson")
    except ImportError:
        return result
    from voipbin import _parsers

    decoder = vars(_parsers)  # what ``pip install "voipbin[speed]"`` makes _json.loads
    decoder["loads"] = orjson.loads
    try:
        result["facade_orjson_s"] = median_seconds(facade_loop, rounds)
    finally:
        decoder["loads"] = json.loads
    result["facade_orjson_vs_raw"] = result["facade_orjson_s"] / result["raw_httpx_s"]
    return result


def bench_memory(base: str) -> dict[str, Any]:
    """Peak traced allocation while iterating 100,000 items (1,000 pages of 100)."""
    from voipbin import Voipbin

    vb = Voipbin(token="t", base_url=base)
    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    count = 0
    for _ in range(10):  # the server holds 100 pages; iterate them 10 times over
        count += sum(1 for _ in vb.routes.list(page_size=PAGE_SIZE))
    peak = tracemalloc.get_traced_memory()[1] - baseline
    tracemalloc.stop()
    return {"items": count, "peak_growth_mb": peak / 1e6}


def bench_async(base: str, calls: int, in_flight: int, rounds: int) -> dict[str, float]:
    from voipbin import AsyncVoipbin

    async def run(make_one: Callable[[], Any]) -> None:
        gate = asyncio.Semaphore(in_flight)

        async def one() -> None:
            async with gate:
                await make_one()

        await asyncio.gather(*(one() for _ in range(calls)))

    async def measure() -> dict[str, float]:
        limits = httpx.Limits(max_connections=in_flight)
        raw = httpx.AsyncClient(limits=limits)
        vb = AsyncVoipbin(token="t", base_url=base, http_client=httpx.AsyncClient(limits=limits))

        async def raw_one() -> None:
            response = await raw.get(f"{base}/routes/{ROUTE_ID}", headers={"Authorization": "Bearer t"})
            json.loads(response.content)

        async def facade_one() -> None:
            await vb.routes.get(ROUTE_ID)

        timings: dict[str, list[float]] = {"raw": [], "facade": []}
        await run(raw_one)
        await run(facade_one)
        for _ in range(rounds):
            for name, make in (("raw", raw_one), ("facade", facade_one)):
                started = time.perf_counter()
                await run(make)
                timings[name].append(time.perf_counter() - started)
        await raw.aclose()
        return {"raw_httpx_s": statistics.median(timings["raw"]), "facade_s": statistics.median(timings["facade"])}

    result = asyncio.run(measure())
    result["facade_vs_raw"] = result["facade_s"] / result["raw_httpx_s"]
    return result


def bench_cold_start(base: str, rounds: int) -> dict[str, float]:
    # pip compiles an installed wheel to bytecode; do the same for this checkout.
    for package in ("facade", "generated"):
        compileall.compile_dir(ROOT / package, quiet=1)
    facade = f"import voipbin; voipbin.Voipbin(token='t', base_url='{base}').routes.get('{ROUTE_ID}')"

    def timed(code: str) -> float:
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    # The goal of issue 25: import, client, first resource, no request (httpx's import alone beside it).
    first = "import voipbin; vb = voipbin.Voipbin(token='t'); vb.routes"
    return {"facade_s": timed(facade), "first_resource_s": timed(first), "httpx_import_s": timed("import httpx")}


def bench_regenerate() -> dict[str, float] | None:
    """Optional: regenerate needs the generator, which only the development set-up installs."""
    if importlib.util.find_spec("openapi_python_client") is None:
        print("regenerate       skipped: openapi-python-client is not installed (python3 scripts/dev.py bench has it)")
        return None
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--spec",
                           str(spec_snapshots.require()), "--check"], capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        print(f"regenerate       failed ({done.returncode}): {done.stdout.strip()} {done.stderr.strip()}")
        return None
    return {"regenerate_check_s": time.perf_counter() - started}


def write(figures: dict[str, dict[str, Any]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=1) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results" / "bench.json")
    parser.add_argument("--extras", type=Path, help="a folder holding orjson and pydantic, for the parse comparison")
    args = parser.parse_args()
    ports: Any = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(ports, PAGES), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{ports.get(timeout=10)}/v1.0"
    try:
        figures: dict[str, dict[str, Any]] = {
            "per_call": bench_per_call(base, args.calls, args.rounds),
            "parse_page_of_100": bench_parse(args.rounds, args.extras),
            "pagination_10k": bench_pagination(base, args.rounds),
            "memory_100k": bench_memory(base),
            "async_2000x50": bench_async(base, 2000, 50, args.rounds),
            "cold_start": bench_cold_start(base, args.rounds),
            "emulator": bench_emulator.run(),
            "events_20k": bench_events.run(rounds=args.rounds),
        }
    finally:
        server.terminate()
    figures["machine"] = {"python": platform.python_version(), "platform": platform.platform(),
                          "cpus": multiprocessing.cpu_count(), "host": socket.gethostname()}  # fmt: skip
    write(figures, args.out)  # before any optional step, so a failing one loses nothing
    for name, values in figures.items():
        print(
            f"{name:16s} "
            + "  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in values.items())
        )
    regenerate = bench_regenerate()
    if regenerate is not None:
        figures["regenerate"] = regenerate
        write(figures, args.out)
        print(f"{'regenerate':16s} regenerate_check_s={regenerate['regenerate_check_s']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
