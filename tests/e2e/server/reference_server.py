#!/usr/bin/env python3
"""A JD Cloud API stand-in that checks every request's signature with the official signer.

Each request is verified as the JD Cloud gateway would verify it, with the signer of the
official Python SDK (PyPI `jdcloud-sdk`, `jdcloud_sdk.core.signer.Signer`) doing the
cryptography:

* the `Authorization` header names `JDCLOUD3-HMAC-SHA256`, a known access key, a scope
  `<date>/<region>/<service>/jdcloud3_request` and the signed headers;
* the scope's service is the first label of the `Host` (`vm.e2e.invalid:PORT` -> `vm`), its
  region the `regionId` of the path (`/v1/regions/<regionId>/...`) or `jdcloud-api` when the
  path has none, and its date the day of `x-jdcloud-date`, which is within 15 minutes of now;
* `x-jdcloud-date` and `x-jdcloud-nonce` are sent, and for temporary credentials
  `x-jdcloud-security-token`, equal to the key's session token, is sent and signed;
* the official signer, given the method, `Host`, raw path and query, the signed headers as
  received and the body, computes exactly the `Authorization` header that was sent;
* a nonce is accepted once.

A request that passes gets `200 {"requestId": ..., "result": {}}`; one that does not gets
`401 {"requestId": ..., "error": {"code": 401, "status": "UNAUTHENTICATED", "message": ...}}`,
the message naming the first check that failed. Every request is recorded, and
`GET /__e2e/requests/<requestId>` (not signed) returns the record: verdict, method, raw
path, headers, body (base64) and the canonical request the official signer built.

Usage: reference_server.py --port-file FILE [--port N]
Listens on 127.0.0.1 only; the chosen port is written to FILE once the server is ready.
"""

import argparse
import base64
import hmac
import json
import os
import re
import sys
import threading
import time
import uuid
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

from jdcloud_sdk.core.credential import Credential
from jdcloud_sdk.core.signer import Signer

# Access key -> (secret key, session token or None).
KEYS = {
    "e2e-access-key": ("e2e-secret-key", None),
    "e2e-temporary-key": ("e2e-temporary-secret", "e2e-session-token/Zm9v+YmFy=="),
}

ALGORITHM = "JDCLOUD3-HMAC-SHA256"
MAX_SKEW_SECONDS = 15 * 60
AUTH_RE = re.compile(
    r"^JDCLOUD3-HMAC-SHA256 Credential=(?P<ak>[^/]+)/(?P<date>\d{8})/(?P<region>[^/]+)/"
    r"(?P<service>[^/]+)/jdcloud3_request, SignedHeaders=(?P<signed>[a-z0-9;_.-]+), "
    r"Signature=(?P<signature>[0-9a-f]{64})$"
)
REGION_RE = re.compile(r"^/v\d+/regions/([^/]+)")


class Refused(Exception):
    """A request that fails verification, with the reason."""


class CanonicalLog:
    """Stands in for the SDK's logger: keeps what the signer logs."""

    def __init__(self):
        self.messages = []

    def log(self, _level, message):
        self.messages.append(str(message))

    def canonical_request(self):
        for message in self.messages:
            if message.startswith("---canonical_request---\n"):
                return message.split("\n", 1)[1]
        return None


class FixedClockSigner(Signer):
    """The official signer, with its clock set to the request's `x-jdcloud-date`.

    The signer reads the signing time from `x-jdcloud-date` when that header is among the ones
    it signs, and from the clock otherwise; a request that does not sign the header (as the
    official client's do not) is verified at the time it states.
    """

    def __init__(self, logger, when):
        super().__init__(logger)
        self._when = when

    def _Signer__now(self):  # overrides the signer's private clock
        return self._when


class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.nonces = set()
        self.records = {}


STATE = State()


def expected_region(raw_path):
    match = REGION_RE.match(raw_path.split("?", 1)[0])
    return unquote(match.group(1)) if match else "jdcloud-api"


def verify(method, raw_path, headers, body, record):
    """Raises Refused with the reason, or returns normally when the request is authentic."""
    auth = headers.get("authorization")
    if not auth:
        raise Refused("no Authorization header")
    match = AUTH_RE.match(auth)
    if not match:
        raise Refused(f"malformed Authorization header: {auth!r}")
    ak = match.group("ak")
    if ak not in KEYS:
        raise Refused(f"unknown access key {ak!r}")
    secret, token = KEYS[ak]

    host = headers.get("host", "")
    service = host.split(":", 1)[0].split(".", 1)[0]
    if match.group("service") != service:
        raise Refused(f"scope service {match.group('service')!r}, host says {service!r}")
    region = expected_region(raw_path)
    if match.group("region") != region:
        raise Refused(f"scope region {match.group('region')!r}, path says {region!r}")

    signed = match.group("signed").split(";")
    if signed != sorted(signed):
        raise Refused(f"signed headers not sorted: {signed}")
    # The signing guide asks for x-jdcloud-date and x-jdcloud-nonce to be signed; the official
    # Python client sends both but signs neither (only content-type and host), and the gateway
    # accepts it. So only their presence is required here; the Rust tests check that our
    # client signs them.
    for required in ["x-jdcloud-date", "x-jdcloud-nonce"]:
        if required not in headers:
            raise Refused(f"no {required} header")
    if token is not None:
        if "x-jdcloud-security-token" not in signed:
            raise Refused("temporary credentials without a signed x-jdcloud-security-token")
        if headers.get("x-jdcloud-security-token") != token:
            raise Refused("wrong session token")

    date = headers.get("x-jdcloud-date", "")
    try:
        when = datetime.strptime(date, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
    except ValueError:
        raise Refused(f"x-jdcloud-date {date!r} is not YYYYMMDDTHHMMSSZ")
    if abs(time.time() - when.timestamp()) > MAX_SKEW_SECONDS:
        raise Refused(f"x-jdcloud-date {date} is too far from now")
    if match.group("date") != date[:8]:
        raise Refused(f"scope date {match.group('date')} differs from x-jdcloud-date {date}")

    to_sign = {}
    for name in signed:
        if name == "host":
            continue
        if name not in headers:
            raise Refused(f"signed header {name} is missing")
        to_sign[name] = headers[name]
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused("the body is not UTF-8")

    log = CanonicalLog()
    # What the official client passes to the signer: the full URL as sent, the headers, the body.
    FixedClockSigner(log, when.replace(tzinfo=None)).sign(
        method=method,
        service=match.group("service"),
        region=match.group("region"),
        uri=f"http://{host}{raw_path}",
        headers=to_sign,
        data=text,
        credential=Credential(ak, secret),
        security_token=token,
    )
    record["canonicalRequest"] = log.canonical_request()
    expected = to_sign["Authorization"]
    if not hmac.compare_digest(expected.encode(), auth.encode()):
        raise Refused(
            "signature mismatch: the official signer computes "
            f"{expected!r}; canonical request:\n{record['canonicalRequest']}"
        )
    nonce = (ak, headers["x-jdcloud-nonce"])
    with STATE.lock:
        if nonce in STATE.nonces:
            raise Refused(f"nonce {nonce[1]!r} was already used")
        STATE.nonces.add(nonce)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "jdcloud-reference/1"

    def log_message(self, fmt, *args):  # quiet: the tests report what matters
        pass

    def answer(self, status, payload):
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("content-type", "application/json; charset=utf-8")
        self.send_header("content-length", str(len(data)))
        if "requestId" in payload:
            self.send_header("x-jdcloud-request-id", payload["requestId"])
        self.end_headers()
        self.wfile.write(data)

    def handle_any(self):
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path.startswith("/__e2e/"):
            return self.control()
        request_id = uuid.uuid4().hex
        headers = {}
        for name in set(k.lower() for k in self.headers.keys()):
            values = self.headers.get_all(name) or []
            headers[name] = values[0] if len(values) == 1 else [v.strip() for v in values]
        record = {
            "requestId": request_id,
            "method": self.command,
            "path": self.path,
            "headers": [[k.lower(), v] for k, v in self.headers.items()],
            "body": base64.b64encode(body).decode("ascii"),
            "canonicalRequest": None,
        }
        try:
            verify(self.command, self.path, headers, body, record)
        except Refused as refused:
            record["verdict"] = "refused"
            record["reason"] = str(refused)
        else:
            record["verdict"] = "verified"
        with STATE.lock:
            STATE.records[request_id] = record
        if record["verdict"] == "verified":
            self.answer(200, {"requestId": request_id, "result": {}})
        else:
            self.answer(401, {
                "requestId": request_id,
                "error": {"code": 401, "status": "UNAUTHENTICATED", "message": record["reason"]},
            })

    def control(self):
        if self.command == "GET" and self.path == "/__e2e/health":
            return self.answer(200, {"ok": True})
        prefix = "/__e2e/requests/"
        if self.command == "GET" and self.path.startswith(prefix):
            with STATE.lock:
                record = STATE.records.get(self.path[len(prefix):])
            if record is not None:
                return self.answer(200, record)
        self.answer(404, {"error": {"code": 404, "status": "NOT_FOUND", "message": self.path}})

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_any


def main():
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    with open(args.port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    # Renamed into place, so that a reader never sees a partial port.
    os.replace(args.port_file + ".tmp", args.port_file)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
