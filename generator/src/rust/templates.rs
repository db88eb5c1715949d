//! The minijinja templates of the crate's non-Rust files, compiled into the generator.

use minijinja::Environment;
use serde::Serialize;

use super::EmitError;

const TEMPLATES: [(&str, &str); 3] = [
    (
        "Cargo.toml.j2",
        include_str!("../../../templates/Cargo.toml.j2"),
    ),
    (
        "README.md.j2",
        include_str!("../../../templates/README.md.j2"),
    ),
    (
        "crate-docs.md.j2",
        include_str!("../../../templates/crate-docs.md.j2"),
    ),
];

/// What the templates know about a service.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceInfo {
    pub name: String,
    pub feature: String,
    pub module: String,
    pub title: String,
    pub operations: usize,
    pub example: Option<String>,
}

/// What the templates know.
#[derive(Debug, Clone, Serialize)]
pub struct Context {
    pub crate_name: String,
    pub crate_ident: String,
    pub version: String,
    pub services: Vec<ServiceInfo>,
    pub runtime_dependency: String,
}

/// Renders a template. Values are inserted as text: nothing in them is evaluated.
pub fn render(name: &str, ctx: &Context) -> Result<String, EmitError> {
    let mut env = Environment::new();
    env.set_keep_trailing_newline(true);
    for (n, t) in TEMPLATES {
        env.add_template(n, t)
            .map_err(|e| EmitError(format!("template {n}: {e}")))?;
    }
    let template = env
        .get_template(name)
        .map_err(|e| EmitError(format!("template {name}: {e}")))?;
    template
        .render(ctx)
        .map_err(|e| EmitError(format!("rendering {name}: {e}")))
}
