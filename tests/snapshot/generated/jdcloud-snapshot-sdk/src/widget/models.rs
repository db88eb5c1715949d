//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `CreateWidgetResult`
///
/// *Documented in* `tests/snapshot/pages/widget/createWidget.md` *line 44.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateWidgetResult {
    /// ID of the new widget
    #[serde(
        rename = "widgetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub widget_id: ::std::option::Option<::std::string::String>,
}
impl CreateWidgetResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `widgetId`.
    pub fn with_widget_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.widget_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeWidgetsResult`
///
/// *Documented in* `tests/snapshot/pages/widget/describeWidgets.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeWidgetsResult {
    /// The widgets of the page
    #[serde(
        rename = "widgets",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub widgets: ::std::option::Option<::std::vec::Vec<Widget>>,
    /// Number of widgets across all pages
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeWidgetsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `widgets`.
    pub fn with_widgets(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Widget>>,
    ) -> Self {
        self.widgets = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `tests/snapshot/pages/widget/describeWidgets.md` *line 26.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Filter {
    /// Filter name
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Operator, valid values: eq, in, like
    #[serde(
        rename = "operator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operator: ::std::option::Option<FilterOperator>,
    /// Filter values
    #[serde(rename = "values", default)]
    pub values: ::std::vec::Vec<::std::string::String>,
}
impl Filter {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        values: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        Self {
            name: name.into(),
            values: values.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `operator`.
    pub fn with_operator(mut self, value: impl ::std::convert::Into<FilterOperator>) -> Self {
        self.operator = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Node`
///
/// *Documented in* `tests/snapshot/pages/widget/createWidget.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Node {
    /// Part name
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// Parts of this part
    #[serde(
        rename = "children",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub children: ::std::option::Option<::std::vec::Vec<Node>>,
}
impl Node {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `children`.
    pub fn with_children(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Node>>,
    ) -> Self {
        self.children = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Widget`
///
/// *Documented in* `tests/snapshot/pages/widget/describeWidgets.md` *line 45.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Widget {
    /// Widget ID
    #[serde(
        rename = "widgetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub widget_id: ::std::option::Option<::std::string::String>,
    /// Status, valid values: pending, running, stopped, error
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<WidgetStatus>,
    /// Kind, valid values: a-b, a_b, A.B
    #[serde(
        rename = "kind",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kind: ::std::option::Option<WidgetKind>,
    /// The widget's parts, as a tree
    #[serde(
        rename = "root",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub root: ::std::option::Option<Node>,
}
impl Widget {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `widgetId`.
    pub fn with_widget_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.widget_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<WidgetStatus>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `kind`.
    pub fn with_kind(mut self, value: impl ::std::convert::Into<WidgetKind>) -> Self {
        self.kind = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `root`.
    pub fn with_root(mut self, value: impl ::std::convert::Into<Node>) -> Self {
        self.root = ::std::option::Option::Some(value.into());
        self
    }
}
/// `WidgetSpec`
///
/// *Documented in* `tests/snapshot/pages/widget/createWidget.md` *line 24.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct WidgetSpec {
    /// Name, at most 32 characters
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Initial status, valid values: running, stopped
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<WidgetSpecStatus>,
    /// Size, range \[1, 8\]
    #[serde(
        rename = "size",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<i32>,
    /// The widget's parts, as a tree
    #[serde(
        rename = "root",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub root: ::std::option::Option<Node>,
}
impl WidgetSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<WidgetSpecStatus>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn with_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `root`.
    pub fn with_root(mut self, value: impl ::std::convert::Into<Node>) -> Self {
        self.root = ::std::option::Option::Some(value.into());
        self
    }
}
/// Allowed values of FilterOperator.
///
/// Operator, valid values: eq, in, like
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FilterOperator {
    /// `eq`
    Eq,
    /// `in`
    In,
    /// `like`
    Like,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl FilterOperator {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eq => "eq",
            Self::In => "in",
            Self::Like => "like",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for FilterOperator {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for FilterOperator {
    fn from(value: &str) -> Self {
        match value {
            "eq" => Self::Eq,
            "in" => Self::In,
            "like" => Self::Like,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for FilterOperator {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for FilterOperator {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for FilterOperator {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for FilterOperator {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of WidgetKind.
///
/// Kind, valid values: a-b, a_b, A.B
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WidgetKind {
    /// `a-b`
    AB,
    /// `a_b`
    AB2,
    /// `A.B`
    AB3,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl WidgetKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AB => "a-b",
            Self::AB2 => "a_b",
            Self::AB3 => "A.B",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for WidgetKind {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for WidgetKind {
    fn from(value: &str) -> Self {
        match value {
            "a-b" => Self::AB,
            "a_b" => Self::AB2,
            "A.B" => Self::AB3,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for WidgetKind {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for WidgetKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for WidgetKind {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for WidgetKind {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of WidgetStatus.
///
/// Status, valid values: pending, running, stopped, error
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WidgetStatus {
    /// `pending`
    Pending,
    /// `running`
    Running,
    /// `stopped`
    Stopped,
    /// `error`
    Error,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl WidgetStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Running => "running",
            Self::Stopped => "stopped",
            Self::Error => "error",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for WidgetStatus {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for WidgetStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "running" => Self::Running,
            "stopped" => Self::Stopped,
            "error" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for WidgetStatus {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for WidgetStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for WidgetStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for WidgetStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of WidgetSpecStatus.
///
/// Initial status, valid values: running, stopped
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WidgetSpecStatus {
    /// `running`
    Running,
    /// `stopped`
    Stopped,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl WidgetSpecStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "running",
            Self::Stopped => "stopped",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for WidgetSpecStatus {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for WidgetSpecStatus {
    fn from(value: &str) -> Self {
        match value {
            "running" => Self::Running,
            "stopped" => Self::Stopped,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for WidgetSpecStatus {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for WidgetSpecStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for WidgetSpecStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for WidgetSpecStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
