//! Per-request overhead of the generated client: building a request (`into_request`, which
//! serializes the parameters) and preparing and signing it as `runtime::send` does before each
//! attempt goes on the network (`prepare_and_sign`, which calls `runtime::sign_request`). Run by `tests/bench/run.sh`, which compares the figures with
//! the official Python SDK's (`tests/bench/python_sign.py`).

use criterion::{black_box, criterion_group, criterion_main, Criterion};

use jdcloud_bench_request::jdcloud::vm::Client;
use jdcloud_bench_request::{prepare_and_sign, requests};

type Build = fn(
    &Client,
) -> Result<
    jdcloud_bench_request::jdcloud::runtime::Request,
    jdcloud_bench_request::jdcloud::runtime::Error,
>;

fn bench(c: &mut Criterion) {
    let config = requests::config();
    let client = Client::new(&config);
    let mut cases: Vec<(&str, Build)> = vec![("createInstances", requests::create_instances)];
    #[cfg(describe_instances)]
    cases.push(("describeInstances", requests::describe_instances));
    for (name, build) in cases {
        c.bench_function(&format!("{name}/total"), |b| {
            b.iter(|| {
                let request = build(black_box(&client)).expect("builds");
                black_box(prepare_and_sign(&config, &request).expect("signs"));
            })
        });
        c.bench_function(&format!("{name}/build"), |b| {
            b.iter(|| build(black_box(&client)).expect("builds"))
        });
        let request = build(&client).expect("builds");
        c.bench_function(&format!("{name}/sign"), |b| {
            b.iter(|| prepare_and_sign(&config, black_box(&request)).expect("signs"))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
