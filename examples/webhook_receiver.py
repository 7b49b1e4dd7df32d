#!/usr/bin/env python3
"""A webhook receiver on the standard library's http.server, checking X-VoIPBIN-Signature.

    VOIPBIN_WEBHOOK_SECRET=... python examples/webhook_receiver.py serve 8080

Without "serve", it runs offline: starts the receiver on 127.0.0.1, posts it a signed
delivery, the same delivery again (VoIPBIN retries: receivers must be idempotent), and
a tampered one, and prints what the receiver answered.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sys
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import voipbin

SECRET = os.environ.get("VOIPBIN_WEBHOOK_SECRET", "offline-secret")
seen: set[tuple[str | None, str]] = set()  # a real receiver keeps this in its database


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))  # the raw bytes, unparsed
        try:
            event = voipbin.webhooks.construct_event(body, self.headers.get("X-VoIPBIN-Signature"), SECRET)
        except voipbin.WebhookSignatureError as error:
            self._answer(400, f"refused: {error}")  # a 4xx is not retried; a 5xx would be
            return
        data = event.data  # a model when the resource is known, else the JSON object (a dict)
        key = (event.type, str(data.get("id") if isinstance(data, dict) else getattr(data, "id", None)))
        if key in seen:
            self._answer(200, f"duplicate {event.type}, ignored")
            return
        seen.add(key)
        self._answer(200, f"took {event.type} for {event.resource}")

    def _answer(self, status: int, text: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(text.encode())

    def log_message(self, format: str, *args: object) -> None:  # keep the demo's output short
        pass


def post(url: str, body: bytes, signature: str) -> str:
    request = urllib.request.Request(url, body, {"X-VoIPBIN-Signature": signature, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as answer:
            return f"{answer.status} {answer.read().decode()}"
    except urllib.error.HTTPError as error:
        return f"{error.code} {error.read().decode()}"


def offline() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/webhook"
    body = json.dumps({"type": "call_hangup", "data": {"id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890"}}).encode()
    # How VoIPBIN signs (bin-webhook-manager/pkg/webhookhandler/message.go): HMAC-SHA256 of the body.
    signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    print("webhook receiver: offline demo against", url)
    print("  signed:   ", post(url, body, signature))
    print("  again:    ", post(url, body, signature))
    print("  tampered: ", post(url, body.replace(b"hangup", b"created"), signature))
    server.shutdown()


def main() -> None:
    if sys.argv[1:2] == ["serve"]:
        port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
        print(f"webhook receiver: listening on :{port}")
        ThreadingHTTPServer(("", port), Receiver).serve_forever()
    else:
        offline()


if __name__ == "__main__":
    main()
