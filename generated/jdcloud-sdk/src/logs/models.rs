//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `CreateCollectInfoResult`
///
/// *Documented in* `specs/logs/en/jdcloudcom-en/createCollectInfo.md` *line 44.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateCollectInfoResult {
    /// UID
    #[serde(
        rename = "uID",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub u_id: ::std::option::Option<::std::string::String>,
}
impl CreateCollectInfoResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `uID`.
    pub fn with_u_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.u_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateLogtopicResult`
///
/// *Documented in* `specs/logs/en/jdcloudcom-en/createLogtopic.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateLogtopicResult {
    /// UID
    #[serde(
        rename = "uID",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub u_id: ::std::option::Option<::std::string::String>,
}
impl CreateLogtopicResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `uID`.
    pub fn with_u_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.u_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeLogsetsResult`
///
/// *Documented in* `specs/logs/en/jdcloudcom-en/describeLogsets.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeLogsetsResult {
    /// Log Set List
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::std::vec::Vec<LogsetEnd>>,
    /// Total Number of Pages
    #[serde(
        rename = "numberPages",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number_pages: ::std::option::Option<i64>,
    /// Number of Total Records
    #[serde(
        rename = "numberRecords",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number_records: ::std::option::Option<i64>,
    /// Current Page Number
    #[serde(
        rename = "pageNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// Paging Size
    #[serde(
        rename = "pageSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
}
impl DescribeLogsetsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<LogsetEnd>>,
    ) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `numberPages`.
    pub fn with_number_pages(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.number_pages = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `numberRecords`.
    pub fn with_number_records(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.number_records = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn with_page_number(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn with_page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/logs/en/jdcloudcom-en/search.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Filter {
    /// Name of Filter Requirements
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// Operators of Filter Requirements with eq (Optional) being set by default
    #[serde(
        rename = "operator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operator: ::std::option::Option<::std::string::String>,
    /// Value of Filter Requirements
    #[serde(
        rename = "values",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl Filter {
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
    /// Sets `operator`.
    pub fn with_operator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `values`.
    pub fn with_values(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.values = ::std::option::Option::Some(value.into());
        self
    }
}
/// `LogsetEnd`
///
/// *Documented in* `specs/logs/en/jdcloudcom-en/describeLogsets.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LogsetEnd {
    /// UID
    #[serde(
        rename = "uID",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub u_id: ::std::option::Option<::std::string::String>,
    /// Creation Time
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// Description Information
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Is there a log subject
    #[serde(
        rename = "hasTopic",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub has_topic: ::std::option::Option<bool>,
    /// Saving Period
    #[serde(
        rename = "lifeCycle",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub life_cycle: ::std::option::Option<i64>,
    /// Log Set Name
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// Region Information
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
}
impl LogsetEnd {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `uID`.
    pub fn with_u_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.u_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `createTime`.
    pub fn with_create_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.create_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hasTopic`.
    pub fn with_has_topic(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.has_topic = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lifeCycle`.
    pub fn with_life_cycle(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.life_cycle = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn with_region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Resource`
///
/// *Documented in* `specs/logs/en/jdcloudcom-en/createCollectInfo.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Resource {
    /// Resource Region
    #[serde(rename = "region", default)]
    pub region: ::std::string::String,
    /// Resource ID
    #[serde(rename = "resourceId", default)]
    pub resource_id: ::std::string::String,
}
impl Resource {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        region: impl ::std::convert::Into<::std::string::String>,
        resource_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region: region.into(),
            resource_id: resource_id.into(),
            ..::std::default::Default::default()
        }
    }
}
/// `SearchLogContextResult`
///
/// *Documented in* `specs/logs/en/jdcloudcom-en/searchLogContext.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SearchLogContextResult {
    /// Data
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
    /// Total Amount
    #[serde(
        rename = "total",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total: ::std::option::Option<i64>,
}
impl SearchLogContextResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::serde_json::Value>>,
    ) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total`.
    pub fn with_total(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.total = ::std::option::Option::Some(value.into());
        self
    }
}
/// `SearchResult`
///
/// *Documented in* `specs/logs/en/jdcloudcom-en/search.md` *line 45.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SearchResult {
    /// Data
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
    /// Total Amount
    #[serde(
        rename = "total",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total: ::std::option::Option<i64>,
}
impl SearchResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::serde_json::Value>>,
    ) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total`.
    pub fn with_total(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.total = ::std::option::Option::Some(value.into());
        self
    }
}
/// Allowed values of SearchLogContextDirection.
///
/// Search direction, default both and available values are up, down and both
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SearchLogContextDirection {
    /// `up`
    Up,
    /// `down`
    Down,
    /// `both`
    Both,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl SearchLogContextDirection {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Up => "up",
            Self::Down => "down",
            Self::Both => "both",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for SearchLogContextDirection {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for SearchLogContextDirection {
    fn from(value: &str) -> Self {
        match value {
            "up" => Self::Up,
            "down" => Self::Down,
            "both" => Self::Both,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for SearchLogContextDirection {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for SearchLogContextDirection {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for SearchLogContextDirection {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchLogContextDirection {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
