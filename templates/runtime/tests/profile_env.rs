//! `Config::load` with the real process environment and a temporary home folder. The only test
//! of its binary, and one function, so that no other test reads the environment it changes.

use jdcloud_sdk_runtime::{Config, CredentialsSource, Error};

const VARIABLES: [&str; 10] = [
    "JDCLOUD_ACCESS_KEY",
    "JDCLOUD_AK",
    "JDCLOUD_SECRET_KEY",
    "JDCLOUD_SK",
    "JDCLOUD_SESSION_TOKEN",
    "JDCLOUD_REGION",
    "JDCLOUD_ENDPOINT",
    "JDCLOUD_PROFILE",
    "HOME",
    "USERPROFILE",
];

#[test]
fn the_process_environment_and_the_home_folder() {
    for name in VARIABLES {
        std::env::remove_var(name);
    }
    let home = tempfile::tempdir().unwrap();
    std::env::set_var("HOME", home.path());

    // No keys anywhere: the error names the profile file the keys were looked for in.
    let err = Config::load().unwrap_err();
    let path = home.path().join(".jdc").join("config");
    assert!(
        matches!(&err, Error::Profile { path: p, line: None, .. } if *p == path),
        "{err:?}"
    );

    std::fs::create_dir(home.path().join(".jdc")).unwrap();
    std::fs::write(
        &path,
        "[default]\naccess_key = AKDEFAULT0001\nsecret_key = sk-default\nregion_id = cn-north-1\n\n[ci]\naccess_key = AKCI00000001\nsecret_key = sk-ci\nregion_id = cn-east-2\ntimeout = 7\n",
    )
    .unwrap();
    std::fs::write(home.path().join(".jdc").join("current"), "default").unwrap();

    let config = Config::load().unwrap();
    assert_eq!(config.credentials().access_key(), "AKDEFAULT0001");
    assert_eq!(config.region(), Some("cn-north-1"));

    std::env::set_var("JDCLOUD_PROFILE", "ci");
    let (config, source) = jdcloud_sdk_runtime::ConfigLoader::new()
        .load_with_source()
        .unwrap();
    assert_eq!(config.credentials().access_key(), "AKCI00000001");
    assert_eq!(config.timeout(), std::time::Duration::from_secs(7));
    assert!(matches!(source, CredentialsSource::Profile { ref name, .. } if name == "ci"));

    // Keys in the environment come first; the named profile still gives its region.
    std::env::set_var("JDCLOUD_ACCESS_KEY", "AKENV0000001");
    std::env::set_var("JDCLOUD_SECRET_KEY", "sk-env");
    let config = Config::load().unwrap();
    assert_eq!(config.credentials().access_key(), "AKENV0000001");
    assert_eq!(config.region(), Some("cn-east-2"));

    for name in VARIABLES {
        std::env::remove_var(name);
    }
}
