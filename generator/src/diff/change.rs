//! What `diff` reports: one [`Change`] per changed aspect of one node of the model, classified.

use serde::Serialize;

/// The part of a service's model a change is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Node {
    Service,
    Operation {
        operation: String,
    },
    Parameter {
        operation: String,
        parameter: String,
    },
    /// The result of an operation (the type `send` returns).
    Result {
        operation: String,
    },
    /// A member of a result listed directly in the return table.
    ResultMember {
        operation: String,
        member: String,
    },
    /// The documented errors of an operation, as a whole (its `…ErrorKind` enum).
    Errors {
        operation: String,
    },
    /// One documented error, by JD status or HTTP status.
    Error {
        operation: String,
        error: String,
    },
    Model {
        model: String,
    },
    Field {
        model: String,
        field: String,
    },
}

impl Node {
    /// The node this one belongs to.
    pub fn parent(&self) -> Option<Node> {
        match self {
            Node::Service => None,
            Node::Operation { .. } | Node::Model { .. } => Some(Node::Service),
            Node::Parameter { operation, .. }
            | Node::Result { operation }
            | Node::Errors { operation } => Some(Node::Operation {
                operation: operation.clone(),
            }),
            Node::ResultMember { operation, .. } => Some(Node::Result {
                operation: operation.clone(),
            }),
            Node::Error { operation, .. } => Some(Node::Errors {
                operation: operation.clone(),
            }),
            Node::Field { model, .. } => Some(Node::Model {
                model: model.clone(),
            }),
        }
    }

    /// How the node is named in reports: ``operation `createWidget`, parameter `count` ``.
    pub fn label(&self) -> String {
        match self {
            Node::Service => "service".into(),
            Node::Operation { operation } => format!("operation `{operation}`"),
            Node::Parameter {
                operation,
                parameter,
            } => format!("operation `{operation}`, parameter `{parameter}`"),
            Node::Result { operation } => format!("operation `{operation}`, result"),
            Node::ResultMember { operation, member } => {
                format!("operation `{operation}`, result member `{member}`")
            }
            Node::Errors { operation } => format!("operation `{operation}`, errors"),
            Node::Error { operation, error } => {
                format!("operation `{operation}`, error `{error}`")
            }
            Node::Model { model } => format!("model `{model}`"),
            Node::Field { model, field } => format!("model `{model}`, field `{field}`"),
        }
    }

    /// The order of reports: the service, then each operation with its parts, then each model
    /// with its fields.
    pub fn sort_key(&self) -> (u8, &str, u8, &str) {
        match self {
            Node::Service => (0, "", 0, ""),
            Node::Operation { operation } => (1, operation, 0, ""),
            Node::Parameter {
                operation,
                parameter,
            } => (1, operation, 1, parameter),
            Node::Result { operation } => (1, operation, 2, ""),
            Node::ResultMember { operation, member } => (1, operation, 3, member),
            Node::Errors { operation } => (1, operation, 4, ""),
            Node::Error { operation, error } => (1, operation, 5, error),
            Node::Model { model } => (2, model, 0, ""),
            Node::Field { model, field } => (2, model, 1, field),
        }
    }
}

/// Which aspect of a node changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Aspect {
    Added,
    Removed,
    Host,
    Version,
    Method,
    Path,
    /// The order of the client method's arguments.
    Order,
    /// Whether the operation lists items page by page.
    Paging,
    Type,
    Required,
    Location,
    Default,
    AllowedValues,
    /// Ranges, lengths and item counts.
    Constraints,
    RustName,
    /// The HTTP status of a documented error.
    Status,
    Docs,
    Examples,
    /// The generated Rust API changed in a way no other change of the model explains (names
    /// handed out in another order, for one).
    RustApi,
}

impl Aspect {
    /// Whether the aspect can change the generated Rust API at all (the others change only
    /// what is sent, or text).
    pub fn can_change_rust(self) -> bool {
        matches!(
            self,
            Aspect::Added
                | Aspect::Removed
                | Aspect::Order
                | Aspect::Paging
                | Aspect::Type
                | Aspect::Required
                | Aspect::Location
                | Aspect::AllowedValues
                | Aspect::RustName
                | Aspect::RustApi
        )
    }
}

/// The class of a change, from the most to the least serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// Breaking for Rust code, on the wire, or both (see [`Change::rust_breaking`] and
    /// [`Change::wire_breaking`]).
    Breaking,
    /// Changes what the API is or does, breaking nothing.
    Compatible,
    /// Only text: descriptions, examples, how a type is written.
    DocsOnly,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Breaking => "breaking",
            Class::Compatible => "compatible",
            Class::DocsOnly => "docs only",
        }
    }
}

/// One change of one aspect of one node.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub service: String,
    pub node: Node,
    pub aspect: Aspect,
    /// What changed, as a sentence naming the node.
    pub summary: String,
    pub class: Class,
    /// Code that compiles against the crate generated from the old pages does not compile
    /// against the one from the new pages.
    pub rust_breaking: bool,
    /// A request that was accepted is now refused or means something else (for a response: a
    /// client built from the old pages can no longer read it).
    pub wire_breaking: bool,
    /// The items of the generated Rust API that break, old → new.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rust: Vec<String>,
    /// Why the change breaks on the wire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wire: Option<String>,
    /// Whether the change can be what breaks an item of the Rust API at its node (an allowed
    /// value added, or a parameter moved between query and body, cannot).
    #[serde(skip)]
    pub(crate) rust_relevant: bool,
}

impl Change {
    /// `breaking (Rust, wire)`, `breaking (Rust)`, `compatible`, …
    pub fn class_label(&self) -> String {
        match (self.rust_breaking, self.wire_breaking) {
            (true, true) => "breaking (Rust, wire)".into(),
            (true, false) => "breaking (Rust)".into(),
            (false, true) => "breaking (wire)".into(),
            (false, false) => self.class.as_str().into(),
        }
    }
}

/// The changes of one service.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceChanges {
    pub service: String,
    pub changes: Vec<Change>,
}

/// Counts by class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub rust_breaking: usize,
    pub wire_breaking: usize,
    pub compatible: usize,
    pub docs_only: usize,
}

/// Everything `diff` found, per service in name order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    pub services: Vec<ServiceChanges>,
}

impl Report {
    pub fn changes(&self) -> impl Iterator<Item = &Change> {
        self.services.iter().flat_map(|s| s.changes.iter())
    }

    pub fn is_empty(&self) -> bool {
        self.changes().next().is_none()
    }

    pub fn counts(&self) -> Counts {
        count(self.changes())
    }

    pub fn rust_breaking(&self) -> bool {
        self.changes().any(|c| c.rust_breaking)
    }

    pub fn wire_breaking(&self) -> bool {
        self.changes().any(|c| c.wire_breaking)
    }
}

/// Counts by class of some changes.
pub fn count<'a>(changes: impl Iterator<Item = &'a Change>) -> Counts {
    let mut n = Counts::default();
    for c in changes {
        n.rust_breaking += usize::from(c.rust_breaking);
        n.wire_breaking += usize::from(c.wire_breaking);
        n.compatible += usize::from(c.class == Class::Compatible);
        n.docs_only += usize::from(c.class == Class::DocsOnly);
    }
    n
}
