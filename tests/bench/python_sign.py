#!/usr/bin/env python3
"""Per-request cost of the official Python SDK (PyPI `jdcloud-sdk`): what `JDCloudClient.send`
does before the network, for the requests `request/benches/request.rs` measures.

For each request: build the parameters and the request object, merge the headers, build the
URL (path and query) and the body, and sign (`Signer.sign`, which also draws the date and the
nonce) -- `send` minus `requests.request`. The client is made once, as a program would.

Prints one JSON object: {"createInstances": µs, "describeInstances": µs}, the time per request
(see `per_call_us`).

Usage: python_sign.py [--repeat N] [--seconds S] [--show]
"""

import argparse
import json
import statistics
import timeit

from jdcloud_sdk.core.config import Config
from jdcloud_sdk.core.credential import Credential
from jdcloud_sdk.core.logger import ERROR, Logger
from jdcloud_sdk.core.signer import Signer
from jdcloud_sdk.services.vm.apis.CreateInstancesRequest import (
    CreateInstancesParameters,
    CreateInstancesRequest,
)
from jdcloud_sdk.services.vm.apis.DescribeInstancesRequest import (
    DescribeInstancesParameters,
    DescribeInstancesRequest,
)
from jdcloud_sdk.services.vm.client.VmClient import VmClient
from jdcloud_sdk.services.vm.models.InstanceDiskAttachmentSpec import InstanceDiskAttachmentSpec
from jdcloud_sdk.services.vm.models.InstanceNetworkInterfaceAttachmentSpec import (
    InstanceNetworkInterfaceAttachmentSpec,
)
from jdcloud_sdk.services.vm.models.InstanceSpec import InstanceSpec
from jdcloud_sdk.services.vpc.models.NetworkInterfaceSpec import NetworkInterfaceSpec
from jdcloud_sdk.services.disk.models.DiskSpec import DiskSpec

CLIENT = VmClient(
    Credential("bench-access-key", "bench-secret-key"),
    Config("vm.jdcloud-api.com"),
    Logger(ERROR),
)
LOGGER = Logger(ERROR)


def prepare_and_sign(client, request):
    """`JDCloudClient.send` up to the network: the headers as they would be sent, and the URL."""
    region = client._JDCloudClient__get_region_id(request)
    header = client._JDCloudClient__merge_headers(request.header)
    token = header.get("x-jdcloud-security-token", "")
    builder = client._JDCloudClient__builder_map[request.method]()
    url = builder.build_url(request, "https", "vm.jdcloud-api.com")
    body = builder.build_body(request)
    Signer(LOGGER).sign(
        method=request.method,
        region=region,
        uri=url,
        headers=header,
        data=body,
        credential=client._JDCloudClient__credential,
        security_token=token,
        service=client._JDCloudClient__service_name,
    )
    return url, body, header


def create_instances():
    """The request of `request.rs`'s `createInstances`: an instance spec with a network
    interface and a system disk, two instances, a client token."""
    spec = InstanceSpec(
        az="cn-north-1a",
        instanceType="g.n2.medium",
        imageId="img-m5s0t5gvqn",
        name="bench-web-1",
        primaryNetworkInterface=InstanceNetworkInterfaceAttachmentSpec(
            networkInterface=NetworkInterfaceSpec(subnetId="subnet-3dm13k30gh", az="cn-north-1a"),
        ),
        systemDisk=InstanceDiskAttachmentSpec(diskCategory="cloud", autoDelete=True,
                                              cloudDiskSpec=DiskSpec(az="cn-north-1a", name="sys",
                                                                     diskType="ssd.gp1", diskSizeGB=40)),
        description="benchmark instance",
    )
    params = CreateInstancesParameters("cn-north-1", spec)
    params.setMaxCount(2)
    params.setClientToken("bench-client-token-0001")
    return prepare_and_sign(CLIENT, CreateInstancesRequest(params))


def describe_instances():
    """`describeInstances` with two filters (one of two values) and a page size."""
    params = DescribeInstancesParameters("cn-north-1")
    params.setFilters([
        {"name": "instanceId", "values": ["i-abcdefgh01", "i-abcdefgh02"]},
        {"name": "az", "values": ["cn-north-1a"]},
    ])
    params.setPageNumber(1)
    params.setPageSize(50)
    return prepare_and_sign(CLIENT, DescribeInstancesRequest(params))


CASES = {"createInstances": create_instances, "describeInstances": describe_instances}


def per_call_us(fn, repeat, seconds):
    """The time per call in µs: the median over short samples (about 2 ms of calls each, as
    criterion's), so that a sample the scheduler interrupted is an outlier rather than a slower
    average; `seconds` of samples, taken `repeat` times, and the median of those medians."""
    timer = timeit.Timer(fn)
    number, elapsed = timer.autorange()  # at least 0.2 s, which also warms up
    number = max(1, int(number * 0.002 / max(elapsed, 1e-9)))
    samples = max(11, int(seconds / 0.002))
    medians = [statistics.median(timer.repeat(repeat=samples, number=number)) / number
               for _ in range(repeat)]
    return statistics.median(medians) * 1e6


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=0.3)
    parser.add_argument("--show", action="store_true", help="print what is signed, then exit")
    args = parser.parse_args()
    if args.show:
        for name, fn in CASES.items():
            url, body, headers = fn()
            print(name, url, body, sorted(headers))
        return
    print(json.dumps({name: per_call_us(fn, args.repeat, args.seconds) for name, fn in CASES.items()}))


if __name__ == "__main__":
    main()
