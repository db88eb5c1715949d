//! Where credentials and settings come from: given in code, the environment,
//! or the profile file of JD Cloud's `jdc` command-line tool.
//!
//! [`ConfigLoader`] (or [`Config::load`] for the defaults) builds a [`Config`]
//! from the first source that has each setting:
//!
//! | setting | 1. code | 2. environment | 3. profile (`~/.jdc/config`) |
//! |---|---|---|---|
//! | credentials | [`ConfigLoader::credentials`] | `JDCLOUD_ACCESS_KEY` (or `JDCLOUD_AK`), `JDCLOUD_SECRET_KEY` (or `JDCLOUD_SK`), `JDCLOUD_SESSION_TOKEN` | `access_key`, `secret_key`, `session_token` |
//! | region | [`ConfigLoader::region`] | `JDCLOUD_REGION` | `region_id` |
//! | endpoint | [`ConfigLoader::endpoint`] | `JDCLOUD_ENDPOINT` | `endpoint` and `scheme` |
//! | attempt timeout | [`Config::with_timeout`] afterwards | | `timeout` (seconds) |
//!
//! The profile file is read when the keys are found in neither code nor the
//! environment, or when a profile is named: by [`ConfigLoader::profile`], else
//! by the `JDCLOUD_PROFILE` variable. Unnamed, the profile is the one
//! `~/.jdc/current` names (as `jdc configure use` leaves it), else `default`.
//!
//! The file is what `jdc configure add` writes, an INI file with one section
//! per profile:
//!
//! ```text
//! [default]
//! access_key = …
//! secret_key = …
//! region_id = cn-north-1
//! endpoint = www.jdcloud-api.com
//! scheme = https
//! timeout = 20
//! ```
//!
//! `endpoint = www.jdcloud-api.com`, the tool's default, means the public
//! endpoints (`<service>.jdcloud-api.com`); any other host receives every
//! service. `session_token` is not written by the tool but is read, for
//! temporary credentials. Lines starting with `#` or `;` are comments; keys are
//! case-insensitive; a `[DEFAULT]` section gives values to every profile that
//! lacks them.
//!
//! A file that is missing, unreadable or malformed gives [`Error::Profile`],
//! naming the file and the line; no error message quotes a line of the file,
//! so none shows a key. `Debug` of a [`Profile`] or a [`ConfigLoader`] masks
//! the keys as [`Credentials`] does.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::config::{Config, Endpoint, Scheme, DEFAULT_DOMAIN, SERVICE_PLACEHOLDER};
use crate::credentials::Credentials;
use crate::error::Error;

/// The variable naming the profile to use.
pub const PROFILE_ENV: &str = "JDCLOUD_PROFILE";

/// The profile used when none is named and `~/.jdc/current` does not exist.
pub const DEFAULT_PROFILE: &str = "default";

/// The `jdc` tool's default endpoint, which stands for the public endpoints.
pub const JDC_DEFAULT_ENDPOINT: &str = "www.jdcloud-api.com";

/// Where the credentials of a loaded configuration came from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CredentialsSource {
    /// Given in code ([`ConfigLoader::credentials`]).
    Explicit,
    /// The environment variables.
    Environment,
    /// A profile of the `jdc` profile file.
    Profile {
        /// The profile's name.
        name: String,
        /// The file.
        path: PathBuf,
    },
}

/// Builds a [`Config`] from code, the environment and the `jdc` profile file;
/// see the [module docs](self) for the order.
///
/// ```no_run
/// use jdcloud_sdk_runtime::profile::ConfigLoader;
///
/// // The credentials of the profile `test`, whatever ~/.jdc/current says.
/// let config = ConfigLoader::new().profile("test").load()?;
/// # Ok::<(), jdcloud_sdk_runtime::Error>(())
/// ```
#[derive(Clone, Default)]
pub struct ConfigLoader {
    credentials: Option<Credentials>,
    region: Option<String>,
    endpoint: Option<Endpoint>,
    profile: Option<String>,
    home: Option<PathBuf>,
    env: Option<Arc<EnvLookup>>,
}

/// Reads an environment variable.
type EnvLookup = dyn Fn(&str) -> Option<String> + Send + Sync;

impl fmt::Debug for ConfigLoader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConfigLoader")
            .field("credentials", &self.credentials)
            .field("region", &self.region)
            .field("endpoint", &self.endpoint.as_ref().map(ToString::to_string))
            .field("profile", &self.profile)
            .field("home", &self.home)
            .field("env", &self.env.as_ref().map(|_| "custom"))
            .finish()
    }
}

impl ConfigLoader {
    /// A loader that reads the process environment and the current user's
    /// home folder.
    pub fn new() -> Self {
        ConfigLoader::default()
    }

    /// Uses these credentials, before any other source.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Uses this default region, before any other source.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into()).filter(|r| !r.is_empty());
        self
    }

    /// Uses this endpoint, before any other source.
    pub fn endpoint(mut self, endpoint: Endpoint) -> Self {
        self.endpoint = Some(endpoint);
        self
    }

    /// Reads this profile of the profile file (which must then have it),
    /// instead of the one `JDCLOUD_PROFILE` or `~/.jdc/current` names.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// Looks for `.jdc/` in `home` instead of the user's home folder
    /// (`$HOME`, else `%USERPROFILE%`).
    pub fn home(mut self, home: impl Into<PathBuf>) -> Self {
        self.home = Some(home.into());
        self
    }

    /// Reads variables through `lookup` instead of the process environment
    /// (for tests, or settings kept elsewhere).
    pub fn env(mut self, lookup: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Self {
        self.env = Some(Arc::new(lookup));
        self
    }

    fn var(&self, name: &str) -> Option<String> {
        let value = match &self.env {
            Some(lookup) => lookup(name),
            None => std::env::var(name).ok(),
        };
        value.filter(|v| !v.is_empty())
    }

    /// The `.jdc` folder.
    fn jdc_dir(&self) -> Result<PathBuf, Error> {
        let home = self
            .home
            .clone()
            .or_else(|| self.var("HOME").map(PathBuf::from))
            .or_else(|| self.var("USERPROFILE").map(PathBuf::from))
            .or_else(std::env::home_dir)
            .ok_or_else(|| {
                Error::Config(
                    "no credentials, and no home folder to look for ~/.jdc/config in: set JDCLOUD_ACCESS_KEY and JDCLOUD_SECRET_KEY, or HOME".into(),
                )
            })?;
        Ok(home.join(".jdc"))
    }

    /// The credentials from the environment: `None` when no key variable is
    /// set, an error when only one of the two keys is.
    fn env_credentials(&self) -> Result<Option<Credentials>, Error> {
        let access = self
            .var("JDCLOUD_ACCESS_KEY")
            .or_else(|| self.var("JDCLOUD_AK"));
        let secret = self
            .var("JDCLOUD_SECRET_KEY")
            .or_else(|| self.var("JDCLOUD_SK"));
        match (access, secret) {
            (None, None) => Ok(None),
            (Some(access), Some(secret)) => {
                let mut credentials = Credentials::new(access, secret);
                if let Some(token) = self.var("JDCLOUD_SESSION_TOKEN") {
                    credentials = credentials.with_session_token(token);
                }
                Ok(Some(credentials))
            }
            (Some(_), None) => Err(Error::Config(
                "JDCLOUD_ACCESS_KEY (or JDCLOUD_AK) is set but JDCLOUD_SECRET_KEY (or JDCLOUD_SK) is not".into(),
            )),
            (None, Some(_)) => Err(Error::Config(
                "JDCLOUD_SECRET_KEY (or JDCLOUD_SK) is set but JDCLOUD_ACCESS_KEY (or JDCLOUD_AK) is not".into(),
            )),
        }
    }

    /// The profile named in code or by `JDCLOUD_PROFILE`, if any.
    fn named_profile(&self) -> Option<String> {
        self.profile
            .clone()
            .filter(|p| !p.is_empty())
            .or_else(|| self.var(PROFILE_ENV))
    }

    /// Reads the profile: the named one, else the one `current` names, else
    /// `default`. `why` says why the file is read, for the error when it is
    /// missing.
    fn read_profile(&self, named: Option<String>, why: &str) -> Result<Profile, Error> {
        let dir = self.jdc_dir()?;
        let path = dir.join("config");
        let file = match std::fs::read(&path) {
            Ok(bytes) => ProfileFile::parse(&path, &bytes)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(profile_error(&path, None, format!("no such file; {why}")))
            }
            Err(e) => return Err(profile_error(&path, None, format!("cannot read it: {e}"))),
        };
        let name = match named {
            Some(name) => name,
            None => current_profile(&dir.join("current"))?,
        };
        file.profile(&name)
    }

    /// The credentials and where they came from, without building a [`Config`].
    pub fn resolve_credentials(&self) -> Result<(Credentials, CredentialsSource), Error> {
        if let Some(credentials) = &self.credentials {
            return Ok((credentials.clone(), CredentialsSource::Explicit));
        }
        if let Some(credentials) = self.env_credentials()? {
            return Ok((credentials, CredentialsSource::Environment));
        }
        let profile = self.read_profile(
            self.named_profile(),
            "no credentials were given in code and JDCLOUD_ACCESS_KEY and JDCLOUD_SECRET_KEY are not set",
        )?;
        let source = CredentialsSource::Profile {
            name: profile.name.clone(),
            path: profile.path.clone(),
        };
        Ok((profile.credentials, source))
    }

    /// Builds the configuration; see the [module docs](self).
    pub fn load(&self) -> Result<Config, Error> {
        self.load_with_source().map(|(config, _)| config)
    }

    /// Like [`ConfigLoader::load`], also telling where the credentials came from.
    pub fn load_with_source(&self) -> Result<(Config, CredentialsSource), Error> {
        let early = match &self.credentials {
            Some(credentials) => Some((credentials.clone(), CredentialsSource::Explicit)),
            None => self
                .env_credentials()?
                .map(|c| (c, CredentialsSource::Environment)),
        };
        let named = self.named_profile();
        let (credentials, source, profile) = match early {
            Some((credentials, source)) => {
                let profile = match named {
                    Some(name) => Some(self.read_profile(Some(name), "a profile was named")?),
                    None => None,
                };
                (credentials, source, profile)
            }
            None => {
                let profile = self.read_profile(
                    named,
                    "no credentials were given in code and JDCLOUD_ACCESS_KEY and JDCLOUD_SECRET_KEY are not set",
                )?;
                let source = CredentialsSource::Profile {
                    name: profile.name.clone(),
                    path: profile.path.clone(),
                };
                (profile.credentials.clone(), source, Some(profile))
            }
        };
        let mut config = Config::new(credentials);
        let region = self
            .region
            .clone()
            .or_else(|| self.var("JDCLOUD_REGION"))
            .or_else(|| profile.as_ref().and_then(|p| p.region.clone()));
        if let Some(region) = region {
            config = config.with_region(region);
        }
        let endpoint = match (&self.endpoint, self.var("JDCLOUD_ENDPOINT")) {
            (Some(endpoint), _) => Some(endpoint.clone()),
            (None, Some(text)) => Some(Endpoint::parse(&text)?),
            (None, None) => profile.as_ref().and_then(|p| p.endpoint.clone()),
        };
        if let Some(endpoint) = endpoint {
            config = config.with_endpoint(endpoint);
        }
        if let Some(timeout) = profile.as_ref().and_then(|p| p.timeout) {
            config = config.with_timeout(timeout);
        }
        tracing::debug!(
            source = ?source,
            region = config.region().unwrap_or(""),
            "JD Cloud configuration loaded"
        );
        Ok((config, source))
    }
}

impl Config {
    /// The configuration [`ConfigLoader::new`] loads: credentials from the
    /// environment, else from the `jdc` tool's current profile, with the
    /// region, endpoint and timeout that go with them.
    pub fn load() -> Result<Config, Error> {
        ConfigLoader::new().load()
    }
}

/// The name in `.jdc/current`, else [`DEFAULT_PROFILE`].
fn current_profile(path: &Path) -> Result<String, Error> {
    match std::fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8(bytes)
                .map_err(|_| profile_error(path, Some(1), "not UTF-8 text".into()))?;
            let name = text.trim_start_matches('\u{feff}').trim();
            if name.is_empty() || name.contains('\n') {
                return Err(profile_error(
                    path,
                    Some(1),
                    "expected one profile name on one line".into(),
                ));
            }
            Ok(name.to_string())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(DEFAULT_PROFILE.to_string()),
        Err(e) => Err(profile_error(path, None, format!("cannot read it: {e}"))),
    }
}

fn profile_error(path: &Path, line: Option<usize>, message: String) -> Error {
    Error::Profile {
        path: path.to_path_buf(),
        line,
        message,
    }
}

/// One profile of the `jdc` profile file.
#[derive(Clone, PartialEq, Eq)]
pub struct Profile {
    /// The profile's name (its section).
    pub name: String,
    /// The file it was read from.
    pub path: PathBuf,
    credentials: Credentials,
    /// `region_id`.
    pub region: Option<String>,
    /// `endpoint` and `scheme`; `None` for the public endpoints.
    pub endpoint: Option<Endpoint>,
    /// `timeout`, the time allowed for one attempt.
    pub timeout: Option<Duration>,
}

impl Profile {
    /// `access_key`, `secret_key` and `session_token`.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// `config` with this profile's region, endpoint and timeout, where it
    /// has them.
    pub fn apply(&self, mut config: Config) -> Config {
        if let Some(region) = &self.region {
            config = config.with_region(region.clone());
        }
        if let Some(endpoint) = &self.endpoint {
            config = config.with_endpoint(endpoint.clone());
        }
        if let Some(timeout) = self.timeout {
            config = config.with_timeout(timeout);
        }
        config
    }

    /// A [`Config`] with this profile's credentials and settings.
    pub fn config(&self) -> Config {
        self.apply(Config::new(self.credentials.clone()))
    }
}

impl fmt::Debug for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Profile")
            .field("name", &self.name)
            .field("path", &self.path)
            .field("credentials", &self.credentials)
            .field("region", &self.region)
            .field("endpoint", &self.endpoint.as_ref().map(ToString::to_string))
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// The `jdc` profile file, parsed: sections of `key = value` lines.
#[derive(Clone, PartialEq, Eq)]
pub struct ProfileFile {
    path: PathBuf,
    defaults: Option<Section>,
    sections: Vec<Section>,
}

#[derive(Clone, PartialEq, Eq)]
struct Section {
    name: String,
    line: usize,
    /// Key (lower case), value, line.
    entries: Vec<(String, String, usize)>,
}

impl Section {
    fn get(&self, key: &str) -> Option<(&str, usize)> {
        self.entries
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, v, line)| (v.as_str(), *line))
    }
}

impl fmt::Debug for ProfileFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProfileFile")
            .field("path", &self.path)
            .field("profiles", &self.names())
            .finish()
    }
}

impl ProfileFile {
    /// Reads and parses a profile file.
    pub fn read(path: impl AsRef<Path>) -> Result<ProfileFile, Error> {
        let path = path.as_ref();
        let bytes = std::fs::read(path)
            .map_err(|e| profile_error(path, None, format!("cannot read it: {e}")))?;
        ProfileFile::parse(path, &bytes)
    }

    /// Parses the contents of a profile file; `path` names it in errors.
    pub fn parse(path: &Path, bytes: &[u8]) -> Result<ProfileFile, Error> {
        let error = |line: usize, message: String| profile_error(path, Some(line), message);
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            error(line, "not UTF-8 text".into())
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut defaults: Option<Section> = None;
        let mut sections: Vec<Section> = Vec::new();
        // Whether the section being filled is [DEFAULT].
        let mut in_defaults = false;
        for (index, raw) in text.split('\n').enumerate() {
            let number = index + 1;
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with(';') {
                continue;
            }
            if line.starts_with([' ', '\t']) {
                return Err(error(
                    number,
                    "an indented line continues a value, which a profile does not use; remove the indentation".into(),
                ));
            }
            if let Some(rest) = trimmed.strip_prefix('[') {
                let Some(name) = rest.strip_suffix(']') else {
                    return Err(error(number, "a section header must end with `]`".into()));
                };
                let name = name.trim();
                if name.is_empty() {
                    return Err(error(number, "a section needs a name: `[default]`".into()));
                }
                let section = Section {
                    name: name.to_string(),
                    line: number,
                    entries: Vec::new(),
                };
                if name == "DEFAULT" {
                    if let Some(first) = &defaults {
                        return Err(error(
                            number,
                            format!("[DEFAULT] is repeated (first on line {})", first.line),
                        ));
                    }
                    defaults = Some(section);
                    in_defaults = true;
                } else {
                    if let Some(first) = sections.iter().find(|s| s.name == name) {
                        return Err(error(
                            number,
                            format!(
                                "the profile `{name}` is defined twice (first on line {})",
                                first.line
                            ),
                        ));
                    }
                    sections.push(section);
                    in_defaults = false;
                }
                continue;
            }
            let Some(split) = trimmed.find(['=', ':']) else {
                return Err(error(
                    number,
                    "expected `name = value` or a `[profile]` header".into(),
                ));
            };
            let key = trimmed[..split].trim().to_ascii_lowercase();
            let value = trimmed[split + 1..].trim().to_string();
            if key.is_empty() {
                return Err(error(number, "a value without a name".into()));
            }
            let section = if in_defaults {
                defaults.as_mut()
            } else {
                sections.last_mut()
            };
            let Some(section) = section else {
                return Err(error(
                    number,
                    format!("`{key}` comes before any `[profile]` header"),
                ));
            };
            if let Some((_, first)) = section.get(&key) {
                return Err(error(
                    number,
                    format!(
                        "`{key}` is repeated in `[{}]` (first on line {first})",
                        section.name
                    ),
                ));
            }
            section.entries.push((key, value, number));
        }
        Ok(ProfileFile {
            path: path.to_path_buf(),
            defaults,
            sections,
        })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The profiles' names, in file order.
    pub fn names(&self) -> Vec<&str> {
        self.sections.iter().map(|s| s.name.as_str()).collect()
    }

    /// The profile `name`, checked: keys present, scheme, endpoint and timeout
    /// valid.
    pub fn profile(&self, name: &str) -> Result<Profile, Error> {
        let Some(section) = self.sections.iter().find(|s| s.name == name) else {
            let names = self.names();
            let known = if names.is_empty() {
                "it has no profile".to_string()
            } else {
                format!("it has {}", names.join(", "))
            };
            return Err(profile_error(
                &self.path,
                None,
                format!("no profile `{name}` ({known})"),
            ));
        };
        let error = |line: usize, message: String| profile_error(&self.path, Some(line), message);
        // A value of the section, else of [DEFAULT]; empty values count as absent.
        let get = |key: &str| -> Option<(&str, usize)> {
            section
                .get(key)
                .or_else(|| self.defaults.as_ref().and_then(|d| d.get(key)))
                .filter(|(v, _)| !v.is_empty())
        };
        let required = |key: &str| {
            get(key)
                .map(|(v, _)| v.to_string())
                .ok_or_else(|| error(section.line, format!("the profile `{name}` has no `{key}`")))
        };
        let access_key = required("access_key")?;
        let secret_key = required("secret_key")?;
        let mut credentials = Credentials::new(access_key, secret_key);
        if let Some((token, _)) = get("session_token") {
            credentials = credentials.with_session_token(token);
        }
        let scheme = match get("scheme") {
            None => Scheme::Https,
            Some((s, _)) if s.eq_ignore_ascii_case("https") => Scheme::Https,
            Some((s, _)) if s.eq_ignore_ascii_case("http") => Scheme::Http,
            Some((s, line)) => {
                return Err(error(
                    line,
                    format!("`scheme` must be http or https, not `{s}`"),
                ))
            }
        };
        let endpoint = match get("endpoint") {
            None => (scheme == Scheme::Http).then(|| public_endpoint(scheme)),
            Some((host, _)) if host.eq_ignore_ascii_case(JDC_DEFAULT_ENDPOINT) => {
                (scheme == Scheme::Http).then(|| public_endpoint(scheme))
            }
            Some((text, line)) => {
                let with_scheme = if text.contains("://") {
                    text.to_string()
                } else {
                    format!("{}://{text}", scheme.as_str())
                };
                let endpoint = Endpoint::parse(&with_scheme).map_err(|e| match e {
                    Error::Config(message) => error(line, format!("`endpoint`: {message}")),
                    other => other,
                })?;
                Some(endpoint)
            }
        };
        let timeout = match get("timeout") {
            None => None,
            Some((text, line)) => match text.parse::<u64>() {
                Ok(seconds) if seconds > 0 => Some(Duration::from_secs(seconds)),
                _ => {
                    return Err(error(
                        line,
                        format!(
                            "`timeout` must be a whole number of seconds above 0, not `{text}`"
                        ),
                    ))
                }
            },
        };
        Ok(Profile {
            name: name.to_string(),
            path: self.path.clone(),
            credentials,
            region: get("region_id").map(|(r, _)| r.to_string()),
            endpoint,
            timeout,
        })
    }
}

/// The public endpoints with another scheme: `<scheme>://{service}.jdcloud-api.com`.
fn public_endpoint(scheme: Scheme) -> Endpoint {
    Endpoint::new(
        scheme,
        format!("{SERVICE_PLACEHOLDER}.{DEFAULT_DOMAIN}"),
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const SECRET: &str = "profile-secret-key-do-not-show";

    /// A home folder with `.jdc/config` (and `.jdc/current` when given).
    fn home(config: Option<&[u8]>, current: Option<&str>) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let jdc = dir.path().join(".jdc");
        std::fs::create_dir(&jdc).unwrap();
        if let Some(config) = config {
            std::fs::write(jdc.join("config"), config).unwrap();
        }
        if let Some(current) = current {
            std::fs::write(jdc.join("current"), current).unwrap();
        }
        dir
    }

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + Send + Sync + 'static {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    fn loader(home: &tempfile::TempDir, vars: &[(&str, &str)]) -> ConfigLoader {
        ConfigLoader::new().home(home.path()).env(env(vars))
    }

    fn two_profiles() -> String {
        format!(
            "[default]\naccess_key = AKDEFAULT0001\nsecret_key = {SECRET}\nregion_id = cn-north-1\nendpoint = www.jdcloud-api.com\nscheme = https\ntimeout = 20\n\n[test]\naccess_key = AKTEST000001\nsecret_key = test-secret\nregion_id = cn-east-2\nendpoint = 192.168.180.18:8000\nscheme = http\nsession_token = tok-test\n"
        )
    }

    fn assert_hides_secrets(text: &str) {
        for secret in [SECRET, "test-secret", "tok-test", "env-secret"] {
            assert!(!text.contains(secret), "{secret} shown in {text}");
        }
    }

    #[test]
    fn reads_the_current_profile_with_its_settings() {
        let home = home(Some(two_profiles().as_bytes()), Some("test"));
        let (config, source) = loader(&home, &[]).load_with_source().unwrap();
        assert_eq!(config.credentials().access_key(), "AKTEST000001");
        assert_eq!(config.credentials().session_token(), Some("tok-test"));
        assert_eq!(config.region(), Some("cn-east-2"));
        assert_eq!(config.base_url("vm"), "http://192.168.180.18:8000");
        assert_eq!(config.timeout(), crate::config::DEFAULT_TIMEOUT);
        assert_eq!(
            source,
            CredentialsSource::Profile {
                name: "test".into(),
                path: home.path().join(".jdc/config")
            }
        );
        assert_hides_secrets(&format!("{config:?} {source:?}"));
    }

    #[test]
    fn without_current_the_default_profile() {
        let home = home(Some(two_profiles().as_bytes()), None);
        let config = loader(&home, &[]).load().unwrap();
        assert_eq!(config.credentials().access_key(), "AKDEFAULT0001");
        assert_eq!(config.credentials().secret_key(), SECRET);
        assert_eq!(config.region(), Some("cn-north-1"));
        // The jdc default endpoint is the public endpoints.
        assert_eq!(config.endpoint(), None);
        assert_eq!(config.base_url("vm"), "https://vm.jdcloud-api.com");
        assert_eq!(config.timeout(), Duration::from_secs(20));
    }

    #[test]
    fn a_profile_named_in_code_or_by_the_environment() {
        let home = home(Some(two_profiles().as_bytes()), Some("default"));
        let config = loader(&home, &[]).profile("test").load().unwrap();
        assert_eq!(config.credentials().access_key(), "AKTEST000001");
        let config = loader(&home, &[(PROFILE_ENV, "test")]).load().unwrap();
        assert_eq!(config.credentials().access_key(), "AKTEST000001");
        // Code wins over the variable.
        let config = loader(&home, &[(PROFILE_ENV, "test")])
            .profile("default")
            .load()
            .unwrap();
        assert_eq!(config.credentials().access_key(), "AKDEFAULT0001");
    }

    #[test]
    fn precedence_code_then_environment_then_profile() {
        let home = home(Some(two_profiles().as_bytes()), None);
        let vars = [
            ("JDCLOUD_ACCESS_KEY", "AKENV0000001"),
            ("JDCLOUD_SECRET_KEY", "env-secret"),
            ("JDCLOUD_SESSION_TOKEN", "env-token"),
        ];
        let (config, source) = loader(&home, &vars).load_with_source().unwrap();
        assert_eq!(source, CredentialsSource::Environment);
        assert_eq!(config.credentials().access_key(), "AKENV0000001");
        assert_eq!(config.credentials().session_token(), Some("env-token"));
        // The profile was not needed, so none of its settings apply.
        assert_eq!(config.region(), None);

        let (config, source) = loader(&home, &vars)
            .credentials(Credentials::new("AKCODE000001", "code-secret"))
            .region("cn-south-1")
            .load_with_source()
            .unwrap();
        assert_eq!(source, CredentialsSource::Explicit);
        assert_eq!(config.credentials().access_key(), "AKCODE000001");
        assert_eq!(config.region(), Some("cn-south-1"));

        // A named profile gives its settings to what code and environment leave open.
        let config = loader(&home, &[vars[0], vars[1], ("JDCLOUD_REGION", "cn-east-1")])
            .profile("test")
            .load()
            .unwrap();
        assert_eq!(config.credentials().access_key(), "AKENV0000001");
        assert_eq!(config.region(), Some("cn-east-1"));
        assert_eq!(config.base_url("vm"), "http://192.168.180.18:8000");

        // Without keys anywhere but the profile.
        let (credentials, source) = loader(&home, &[("JDCLOUD_ENDPOINT", "http://127.0.0.1:9")])
            .resolve_credentials()
            .unwrap();
        assert_eq!(credentials.access_key(), "AKDEFAULT0001");
        assert!(matches!(source, CredentialsSource::Profile { .. }));
        let config = loader(&home, &[("JDCLOUD_ENDPOINT", "http://127.0.0.1:9")])
            .load()
            .unwrap();
        assert_eq!(config.base_url("vm"), "http://127.0.0.1:9");
    }

    #[test]
    fn half_an_environment_is_an_error() {
        let home = home(Some(two_profiles().as_bytes()), None);
        let err = loader(&home, &[("JDCLOUD_AK", "AKENV0000001")])
            .load()
            .unwrap_err();
        assert!(
            matches!(&err, Error::Config(m) if m.contains("JDCLOUD_SECRET_KEY")),
            "{err}"
        );
        let err = loader(&home, &[("JDCLOUD_SK", "env-secret")])
            .load()
            .unwrap_err();
        assert!(err.to_string().contains("JDCLOUD_ACCESS_KEY"), "{err}");
        assert_hides_secrets(&format!("{err} {err:?}"));
    }

    #[test]
    fn missing_files_and_profiles_name_the_file() {
        let empty = home(None, None);
        let err = loader(&empty, &[]).load().unwrap_err();
        let path = empty.path().join(".jdc/config");
        match &err {
            Error::Profile {
                path: p,
                line: None,
                message,
            } => {
                assert_eq!(p, &path);
                assert!(message.contains("no such file"), "{message}");
                assert!(message.contains("JDCLOUD_ACCESS_KEY"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        assert!(err.to_string().starts_with(&path.display().to_string()));

        let home = home(Some(two_profiles().as_bytes()), Some("prod\n"));
        let err = loader(&home, &[]).load().unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("no profile `prod` (it has default, test)"),
            "{text}"
        );
        assert!(text.contains(".jdc/config"), "{text}");

        // Naming a profile means reading the file, even with keys in the environment.
        let err = loader(
            &empty,
            &[
                ("JDCLOUD_AK", "AKENV0000001"),
                ("JDCLOUD_SK", "env-secret"),
                (PROFILE_ENV, "test"),
            ],
        )
        .load()
        .unwrap_err();
        assert!(matches!(err, Error::Profile { .. }), "{err}");
    }

    #[test]
    fn malformed_files_name_the_line_and_never_a_secret() {
        let cases: &[(&[u8], usize, &str)] = &[
            (
                b"[default]\naccess_key = AKDEFAULT0001\nprofile-secret-key-do-not-show\n",
                3,
                "expected `name = value`",
            ),
            (b"secret_key = profile-secret-key-do-not-show\n[default]\n", 1, "before any"),
            (b"[default\nsecret_key = x\n", 1, "must end with `]`"),
            (b"[]\n", 1, "needs a name"),
            (
                b"[a]\naccess_key = A\nsecret_key = profile-secret-key-do-not-show\n[a]\n",
                4,
                "defined twice (first on line 1)",
            ),
            (
                b"[a]\nsecret_key = profile-secret-key-do-not-show\nsecret_key = y\n",
                3,
                "repeated",
            ),
            (
                b"[a]\naccess_key = A\n  profile-secret-key-do-not-show\n",
                3,
                "indented",
            ),
            (
                b"[default]\naccess_key = A\nsecret_key = profile-secret-key-do-not-show\nscheme = ftp\n",
                4,
                "`scheme` must be http or https, not `ftp`",
            ),
            (
                b"[default]\naccess_key = A\nsecret_key = profile-secret-key-do-not-show\ntimeout = soon\n",
                4,
                "`timeout` must be a whole number",
            ),
            (
                b"[default]\naccess_key = A\nsecret_key = profile-secret-key-do-not-show\nendpoint = host/path\n",
                4,
                "`endpoint`",
            ),
            (
                b"\n[default]\naccess_key = A\n",
                2,
                "the profile `default` has no `secret_key`",
            ),
            (
                b"[default]\naccess_key = A\nsecret_key = \xff\n",
                3,
                "not UTF-8",
            ),
        ];
        for (text, line, message) in cases {
            let home = home(Some(*text), None);
            let err = loader(&home, &[]).load().unwrap_err();
            match &err {
                Error::Profile {
                    line: Some(l),
                    message: m,
                    ..
                } => {
                    assert_eq!(l, line, "{text:?}: {err}");
                    assert!(m.contains(message), "{text:?}: {m}");
                }
                other => panic!("{text:?}: {other:?}"),
            }
            let shown = format!("{err} {err:?}");
            assert!(shown.contains(":{line}: ") || shown.contains(&format!("line: Some({line})")));
            assert_hides_secrets(&shown);
        }
    }

    #[test]
    fn the_ini_subset() {
        let text = "\u{feff}; comment\r\n# another\r\n[DEFAULT]\r\nregion_id = cn-north-1\r\nSCHEME: HTTPS\r\n\r\n[default]\r\nAccess_Key=AKDEFAULT0001\r\nsecret_key =  spaced = value \r\n[other]\r\naccess_key = B\r\nsecret_key = C\r\nregion_id = cn-south-1\r\nunknown_key = kept quiet\r\n";
        let file = ProfileFile::parse(Path::new("/x/config"), text.as_bytes()).unwrap();
        assert_eq!(file.names(), ["default", "other"]);
        let p = file.profile("default").unwrap();
        assert_eq!(p.credentials().access_key(), "AKDEFAULT0001");
        assert_eq!(p.credentials().secret_key(), "spaced = value");
        assert_eq!(p.region.as_deref(), Some("cn-north-1"));
        assert_eq!(p.endpoint, None);
        assert_eq!(
            file.profile("other").unwrap().region.as_deref(),
            Some("cn-south-1")
        );
        let debug = format!("{file:?} {p:?}");
        assert!(!debug.contains("spaced = value"), "{debug}");
        assert!(debug.contains("AKDE***"), "{debug}");

        // http with the default endpoint: the public endpoints over http.
        let file = ProfileFile::parse(
            Path::new("c"),
            b"[p]\naccess_key=a\nsecret_key=b\nscheme=http\nendpoint=www.jdcloud-api.com\n",
        )
        .unwrap();
        let config = file.profile("p").unwrap().config();
        assert_eq!(config.base_url("vpc"), "http://vpc.jdcloud-api.com");
        // An endpoint with its own scheme keeps it.
        let file = ProfileFile::parse(
            Path::new("c"),
            b"[p]\naccess_key=a\nsecret_key=b\nendpoint=https://gw.example.com:8443\ntimeout=5\n",
        )
        .unwrap();
        let config = file.profile("p").unwrap().config();
        assert_eq!(config.base_url("vm"), "https://gw.example.com:8443");
        assert_eq!(config.timeout(), Duration::from_secs(5));
    }

    #[test]
    fn the_loader_debug_hides_secrets() {
        let loader = ConfigLoader::new()
            .credentials(Credentials::new("AKCODE000001", SECRET).with_session_token("tok-test"))
            .env(|_| None);
        assert_hides_secrets(&format!("{loader:?}"));
    }
}
