//! Crates generated from different pages share the runtime crate, so one `Config` serves the
//! clients of all of them; a module with the runtime pasted in has types of its own.

use jdcloud_sdk_runtime::{Config, Credentials, Request};

fn config() -> Config {
    Config::new(Credentials::new("ak", "sk"))
}

#[test]
fn one_config_for_three_generated_crates() {
    let config = config();
    // The checked-in SDK (from specs/), the snapshot crate (from tests/snapshot/pages) and
    // this crate's build-script module take the same `Config`.
    let vm = jdcloud_sdk::vm::Client::new(&config);
    let widgets = jdcloud_snapshot_sdk::widget::Client::new(&config);
    let shared = snapshot_single::shared::widget::Client::new(&config);

    let a: Request = vm
        .create_instances("cn-north-1", jdcloud_sdk::vm::InstanceSpec::new("w-1"))
        .into_request()
        .expect("builds");
    let b: Request = widgets
        .delete_widget("cn-north-1", "w-1")
        .into_request()
        .expect("builds");
    let c: Request = shared
        .delete_widget("cn-north-1", "w-1")
        .into_request()
        .expect("builds");
    assert_eq!(a.service, "vm");
    assert_eq!(b.path, "/regions/cn-north-1/widgets/w-1");
    assert_eq!(b.path, c.path);
    assert_eq!(b.method, c.method);
}

#[test]
fn the_pasted_runtime_is_self_contained() {
    use snapshot_single::inline::runtime;
    let config = runtime::Config::new(runtime::Credentials::new("ak", "sk"));
    let client = snapshot_single::inline::widget::Client::new(&config);
    let request = client
        .describe_widgets("cn-north-1")
        .page_number(2)
        .into_request()
        .expect("builds");
    assert_eq!(request.path, "/regions/cn-north-1/widgets");
    assert!(
        request
            .query
            .iter()
            .any(|(k, v)| k == "pageNumber" && v == "2"),
        "{:?}",
        request.query
    );
}
