//! IR → a Rust crate: one module (and cargo feature) per service, built with `quote!`,
//! printed by prettyplease; `Cargo.toml`, `README.md` and crate docs from minijinja templates.
//! Generated code calls the runtime crate (`jdcloud-sdk-runtime`) through a `runtime` module
//! at its root: a re-export of the crate, or (single file, on request) the runtime pasted in.

pub mod docs;
pub mod models;
pub mod names;
pub mod operations;
pub mod plan;
pub mod runtime_sources;
mod templates;
pub mod tests_emit;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Api, ParamLocation, Service};

use names::{ident, service_names};
use plan::Plan;

/// A file of the generated output, relative to the crate folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub contents: String,
}

/// Why code could not be emitted. Always a bug of the emitter, reported instead of panicking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmitError(pub String);

impl std::fmt::Display for EmitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EmitError {}

/// Options of the generated crate.
#[derive(Debug, Clone)]
pub struct CrateOptions {
    pub crate_name: String,
    pub version: String,
    /// How the crate's `Cargo.toml` names the runtime crate.
    pub runtime: RuntimeDependency,
}

impl Default for CrateOptions {
    fn default() -> Self {
        CrateOptions {
            crate_name: "jdcloud-sdk".into(),
            version: "0.1.0".into(),
            runtime: RuntimeDependency::default(),
        }
    }
}

/// The `jdcloud-sdk-runtime` dependency of a generated crate: always its version, and a path
/// to its sources when they are at hand (a checkout of this repository), so the crate builds
/// without the runtime being published.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuntimeDependency {
    /// A path to the runtime crate's folder, relative to the generated crate's folder (written
    /// with `/`, so the manifest is the same on every machine).
    pub path: Option<String>,
}

impl RuntimeDependency {
    /// The runtime sources this generator was built from, when they are still there.
    pub fn sources() -> Option<std::path::PathBuf> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates/runtime");
        dir.join("Cargo.toml").is_file().then_some(dir)
    }

    /// The dependency of a crate written to `crate_dir`: a relative path to the runtime
    /// sources when both are on one file system tree, the version alone otherwise.
    pub fn for_crate_at(crate_dir: &std::path::Path) -> Self {
        let path = Self::sources().and_then(|runtime| relative_path(crate_dir, &runtime));
        RuntimeDependency { path }
    }

    /// The `Cargo.toml` value of the dependency. The runtime's default features are left to
    /// the generated crate's own (`rustls`), so `--no-default-features` reaches the runtime.
    pub fn toml(&self) -> String {
        let version = runtime_version();
        match &self.path {
            Some(path) => format!(
                "{{ path = {}, version = \"{version}\", default-features = false }}",
                toml_string(path)
            ),
            None => format!("{{ version = \"{version}\", default-features = false }}"),
        }
    }
}

/// The runtime crate's version, from its manifest.
pub fn runtime_version() -> &'static str {
    const MANIFEST: &str = include_str!("../../../templates/runtime/Cargo.toml");
    MANIFEST
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap_or("0.1.0")
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `to` relative to `from`, both made absolute and free of `.`/`..` first; `None` when that
/// fails or the two share no root.
fn relative_path(from: &std::path::Path, to: &std::path::Path) -> Option<String> {
    use std::path::Component;
    fn absolute(p: &std::path::Path) -> Option<Vec<String>> {
        let p = std::path::absolute(p).ok()?;
        let mut parts: Vec<String> = Vec::new();
        for c in p.components() {
            match c {
                Component::ParentDir => {
                    parts.pop();
                }
                Component::CurDir => {}
                Component::Normal(n) => parts.push(n.to_str()?.to_string()),
                Component::RootDir => parts.push("/".into()),
                Component::Prefix(x) => parts.push(x.as_os_str().to_str()?.to_string()),
            }
        }
        Some(parts)
    }
    let (from, to) = (absolute(from)?, absolute(to)?);
    if from.first() != to.first() {
        return None;
    }
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<&str> = vec![".."; from.len() - common];
    parts.extend(to[common..].iter().map(String::as_str));
    Some(if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    })
}

/// Where the generated code finds the runtime (its `runtime` module at the root).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuntimeSource {
    /// A re-export of the runtime crate at this path (`::jdcloud_sdk_runtime`).
    Crate(String),
    /// The runtime's sources pasted in, for a self-contained file.
    Inline,
}

impl Default for RuntimeSource {
    fn default() -> Self {
        RuntimeSource::Crate("::jdcloud_sdk_runtime".into())
    }
}

/// Prints tokens as a Rust source file.
pub fn print(tokens: TokenStream, what: &str) -> Result<String, EmitError> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| EmitError(format!("emitted code for {what} does not parse: {e}")))?;
    Ok(prettyplease::unparse(&file))
}

/// The items of a service module (docs, client, builders), with its `models` module written
/// inline when `inline_models` holds its items, declared as a file module (`models.rs`, see
/// [`models::emit`]) otherwise.
fn module_items(svc: &Service, plan: &Plan, inline_models: Option<TokenStream>) -> TokenStream {
    let ops = operations::emit(svc, plan);
    let mut doc = String::new();
    match &svc.title {
        Some(t) => doc.push_str(&format!("{t} (`{}`)", svc.name)),
        None => doc.push_str(&format!("The `{}` service", svc.name)),
    }
    doc.push_str(&format!(
        ", `https://{}/{}`.",
        svc.host.replace('`', "'"),
        svc.version
    ));
    if let Some(d) = &svc.description {
        doc.push_str("\n\n");
        doc.push_str(d);
    }
    let listed: Vec<String> = svc
        .operations
        .iter()
        .map(|o| format!("- `{}` — {}", o.id, o.summary.lines().next().unwrap_or("")))
        .collect();
    doc.push_str("\n\nOperations:\n\n");
    doc.push_str(&listed.join("\n"));
    let doc_lines = docs::inner_doc_lines(&docs::sanitize(&doc));
    let models_decl = match inline_models {
        Some(models) => quote! { pub mod models { #models } },
        None => quote! { pub mod models; },
    };
    quote! {
        #doc_lines
        #![allow(
            clippy::large_enum_variant,
            clippy::module_inception,
            clippy::should_implement_trait
        )]

        #models_decl
        pub use self::models::*;

        #ops
    }
}

/// The example call shown in docs for a service: its first operation, with placeholders.
fn example_call(svc: &Service, plan: &Plan) -> Option<String> {
    let op = svc.operations.first()?;
    let names = plan.operations.get(&op.id)?;
    let args: Vec<String> = op
        .params
        .iter()
        .filter(|p| {
            (p.required || p.location == ParamLocation::Path) && !operations::is_client_token(op, p)
        })
        .map(|p| {
            if op.traits.region.as_deref() == Some(p.name.as_str()) {
                "\"cn-north-1\"".to_string()
            } else {
                names::snake(&p.name).trim_start_matches("r#").to_string()
            }
        })
        .collect();
    Some(format!(
        "{}({})",
        names.method.trim_start_matches("r#"),
        args.join(", ")
    ))
}

/// The module and feature of each service of the crate, in the model's order.
fn crate_service_names(api: &Api) -> Vec<(String, String)> {
    service_names(api.services.iter().map(|s| s.name.as_str()))
}

/// The plan of a service under the module and feature the crate gives it.
fn plan_for(svc: &Service, module: &str, feature: &str) -> Plan {
    let mut plan = Plan::new(svc);
    plan.module = module.to_string();
    plan.feature = feature.to_string();
    plan
}

/// A file of a service in the crate: its module, its models or its tests.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Module,
    Models,
    Tests,
}

/// Every file of the generated crate.
pub fn crate_files(api: &Api, options: &CrateOptions) -> Result<Vec<File>, EmitError> {
    let mut files = Vec::new();
    let mut services = Vec::new();
    let mut modules = Vec::new();
    let crate_ident = options.crate_name.replace('-', "_");
    let named: Vec<(&Service, (String, String))> =
        api.services.iter().zip(crate_service_names(api)).collect();
    // Each file of each service is emitted and printed on its own, on every core; the crate
    // is assembled from them in the model's order.
    let parts = [Part::Module, Part::Models, Part::Tests];
    let jobs: Vec<(usize, Part)> = (0..named.len())
        .flat_map(|i| parts.map(|part| (i, part)))
        .collect();
    let mut printed = crate::par::map(&jobs, |&(i, part)| {
        let (svc, (module, feature)) = &named[i];
        let plan = plan_for(svc, module, feature);
        let text = match part {
            Part::Module => Some(print(
                module_items(svc, &plan, None),
                &format!("service {}", svc.name),
            )),
            Part::Models => Some(print(
                models::emit(svc, &plan),
                &format!("models of {}", svc.name),
            )),
            Part::Tests => tests_emit::emit(svc, &plan, &crate_ident)
                .map(|tokens| print(tokens, &format!("tests of {}", svc.name))),
        };
        (text, (part == Part::Module).then_some(plan))
    })
    .into_iter();
    let mut tests = Vec::new();
    for (svc, (module, feature)) in named {
        let mut next = || printed.next().unwrap_or((None, None));
        let ((module_text, plan), (models_text, _), (tests_text, _)) = (next(), next(), next());
        let (Some(module_text), Some(models_text), Some(plan)) = (module_text, models_text, plan)
        else {
            return Err(EmitError(format!("service {} was not emitted", svc.name)));
        };
        files.push(File {
            path: format!("src/{module}/mod.rs"),
            contents: module_text?,
        });
        files.push(File {
            path: format!("src/{module}/models.rs"),
            contents: models_text?,
        });
        if let Some(text) = tests_text {
            tests.push((format!("tests/{}.rs", plan.module), text));
        }
        let m = ident(&module);
        modules.push(quote! {
            #[cfg(feature = #feature)]
            pub mod #m;
        });
        services.push(templates::ServiceInfo {
            name: svc.name.clone(),
            feature,
            module,
            title: match &svc.title {
                Some(t) => docs::one_line(t),
                None => format!("`{}` service", svc.name),
            },
            operations: svc.operations.len(),
            example: example_call(svc, &plan),
        });
    }
    let ctx = templates::Context {
        crate_name: options.crate_name.clone(),
        crate_ident,
        version: options.version.clone(),
        services: services.clone(),
        runtime_dependency: options.runtime.toml(),
    };
    let crate_docs = templates::render("crate-docs.md.j2", &ctx)?;
    let doc_lines = docs::inner_doc_lines(&crate_docs);
    let lib = quote! {
        #doc_lines
        #![forbid(unsafe_code)]
        #![warn(missing_docs)]

        /// The runtime every service module calls: the `jdcloud-sdk-runtime` crate.
        pub use ::jdcloud_sdk_runtime as runtime;

        pub use self::runtime::{
            CommonStatus, Config, Credentials, Endpoint, Error, Response, RetryPolicy, Scheme,
            ServiceError,
        };

        #(#modules)*
    };
    files.push(File {
        path: "src/lib.rs".into(),
        contents: print(lib, "lib.rs")?,
    });
    files.push(File {
        path: "Cargo.toml".into(),
        contents: templates::render("Cargo.toml.j2", &ctx)?,
    });
    files.push(File {
        path: "README.md".into(),
        contents: templates::render("README.md.j2", &ctx)?,
    });
    for (path, text) in tests {
        files.push(File {
            path,
            contents: text?,
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// One Rust file with every service, for `include!` from a build script's output. Paths inside
/// refer to `root` (`crate` when the file is included at the crate root, `crate::jdcloud` when
/// it is included in `mod jdcloud { … }`). The file's `runtime` module re-exports the runtime
/// crate, or, with [`RuntimeSource::Inline`], holds the runtime's sources, which makes the file
/// self-contained.
pub fn single_file(api: &Api, root: &str, runtime: &RuntimeSource) -> Result<String, EmitError> {
    let mut out = String::new();
    out.push_str("// Generated by jdcloud-codegen from the JD Cloud API reference. Do not edit.\n");
    match runtime {
        RuntimeSource::Crate(path) => {
            let path: syn::Path = syn::parse_str(path).map_err(|e| {
                EmitError(format!("the runtime path `{path}` is not a Rust path: {e}"))
            })?;
            out.push_str(&print(
                quote! {
                    /// The runtime every service module calls.
                    pub use #path as runtime;
                },
                "the runtime re-export",
            )?);
        }
        RuntimeSource::Inline => {
            out.push_str(
                "#[allow(missing_docs, dead_code, unused_imports, clippy::all)]\npub mod runtime {\n",
            );
            out.push_str(&runtime_sources::inline_module());
            out.push_str("}\n");
        }
    }
    let named: Vec<(&Service, (String, String))> =
        api.services.iter().zip(crate_service_names(api)).collect();
    let printed = crate::par::map(&named, |(svc, (module, feature))| {
        let plan = plan_for(svc, module, feature);
        let models = models::emit(svc, &plan);
        print(
            module_items(svc, &plan, Some(models)),
            &format!("service {}", svc.name),
        )
    });
    for ((_, (module, _)), service_text) in named.iter().zip(printed) {
        let service_text = service_text?;
        out.push_str(&format!(
            "#[allow(clippy::all)]\npub mod {module} {{\n{service_text}\n}}\n"
        ));
    }
    if root != "crate" {
        out = out.replace("crate::runtime", &format!("{root}::runtime"));
    }
    Ok(out)
}
