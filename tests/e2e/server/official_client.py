#!/usr/bin/env python3
"""Sends requests with the official Python client (PyPI `jdcloud-sdk`) to the reference server.

The control for the signature check: the reference server must accept what the official
client itself sends (GET with `filters`, POST with a Chinese body, an `:action` path), and
refuse it once a byte of the body has changed. Prints one line per check and exits non-zero
when any fails.

Usage: official_client.py PORT
"""

import base64
import json
import socket
import sys
import urllib.error
import urllib.request

from jdcloud_sdk.core.config import Config
from jdcloud_sdk.core.const import SCHEME_HTTP
from jdcloud_sdk.core.credential import Credential
from jdcloud_sdk.core.logger import Logger
from jdcloud_sdk.services.vm.apis.DescribeInstancesRequest import (
    DescribeInstancesParameters,
    DescribeInstancesRequest,
)
from jdcloud_sdk.services.vm.apis.ModifyInstanceAttributeRequest import (
    ModifyInstanceAttributeParameters,
    ModifyInstanceAttributeRequest,
)
from jdcloud_sdk.services.vm.apis.StopInstanceRequest import (
    StopInstanceParameters,
    StopInstanceRequest,
)
from jdcloud_sdk.services.vm.client.VmClient import VmClient

DOMAIN = ".e2e.invalid"
_getaddrinfo = socket.getaddrinfo


def loopback_getaddrinfo(host, *args, **kwargs):
    """`<service>.e2e.invalid` is this machine, as the Rust tests arrange for their client."""
    if isinstance(host, str) and host.endswith(DOMAIN):
        host = "127.0.0.1"
    return _getaddrinfo(host, *args, **kwargs)


socket.getaddrinfo = loopback_getaddrinfo


def record(port, request_id):
    url = f"http://127.0.0.1:{port}/__e2e/requests/{request_id}"
    with urllib.request.urlopen(url) as response:
        return json.load(response)


def main():
    port = int(sys.argv[1])
    client = VmClient(
        Credential("e2e-access-key", "e2e-secret-key"),
        Config(f"vm{DOMAIN}:{port}", scheme=SCHEME_HTTP, timeout=10),
        Logger(-1),
    )
    failures = 0

    def check(what, request, expect_verified=True):
        nonlocal failures
        response = client.send(request)
        verified = response.error is None
        detail = "" if verified else f": {response.error.message}"
        ok = verified == expect_verified
        failures += 0 if ok else 1
        print(f"{'PASS' if ok else 'FAIL'} signature-control: official Python client, {what}{detail}")
        return response

    params = DescribeInstancesParameters("cn-north-1")
    params.setFilters([{"name": "az", "values": ["cn-north-1a", "cn-north-1b"]}])
    params.setPageSize(10)
    check("GET describeInstances with filters verified", DescribeInstancesRequest(params))

    params = ModifyInstanceAttributeParameters("cn-north-1", "i-e2e0001")
    params.setName("京东云主机-测试")
    params.setDescription("中文描述")
    check("POST modifyInstanceAttribute with a Chinese body verified",
          ModifyInstanceAttributeRequest(params))

    response = check("POST :stopInstance verified",
                     StopInstanceRequest(StopInstanceParameters("cn-north-1", "i-e2e0002")))
    sent = record(port, response.request_id)
    body = base64.b64decode(sent["body"])
    print(f"INFO signature-control: the official client sent {sent['method']} {sent['path']} "
          f"with the body {body.decode('utf-8')}")

    # The same request, replayed with one byte of the body changed, must be refused.
    tampered = body.replace(b"i-e2e0002", b"i-e2e0003")
    headers = {k: v for k, v in sent["headers"] if k not in ("content-length", "host")}
    headers["Host"] = dict(sent["headers"])["host"]
    replay = urllib.request.Request(f"http://127.0.0.1:{port}{sent['path']}", data=tampered,
                                    method=sent["method"], headers=headers)
    try:
        urllib.request.urlopen(replay)
        status, reason = 200, "accepted"
    except urllib.error.HTTPError as err:
        status, reason = err.code, json.load(err)["error"]["message"]
    ok = status == 401 and reason.startswith("signature mismatch")
    failures += 0 if ok else 1
    print(f"{'PASS' if ok else 'FAIL'} signature-control: the same request with a tampered body "
          f"refused ({status}, {reason.splitlines()[0][:60]}...)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
