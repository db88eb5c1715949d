//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `AvailabilityGroup`
///
/// *Documented in* `specs/ag/en/jdcloudcom-en/describeAgs.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AvailabilityGroup {
    /// Availability Group id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// Availability Group name
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// Description, length:0-256
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Instance Template Id
    #[serde(
        rename = "instanceTemplateId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_template_id: ::std::option::Option<::std::string::String>,
    /// Availability Zone.
    #[serde(
        rename = "azs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub azs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Availability group type, supporting vm
    #[serde(
        rename = "agType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ag_type: ::std::option::Option<::std::string::String>,
    /// Creation Time
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// Instance Counts of Availability Group
    #[serde(
        rename = "count",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub count: ::std::option::Option<f64>,
    /// Enable auto scaling or not
    #[serde(
        rename = "autoScaling",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_scaling: ::std::option::Option<bool>,
}
impl AvailabilityGroup {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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
    /// Sets `instanceTemplateId`.
    pub fn with_instance_template_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_template_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `azs`.
    pub fn with_azs(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.azs = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `agType`.
    pub fn with_ag_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ag_type = ::std::option::Option::Some(value.into());
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
    /// Sets `count`.
    pub fn with_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `autoScaling`.
    pub fn with_auto_scaling(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_scaling = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateAgResult`
///
/// *Documented in* `specs/ag/en/jdcloudcom-en/createAg.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateAgResult {
    /// Created Availability Group id
    #[serde(
        rename = "agId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ag_id: ::std::option::Option<::std::string::String>,
}
impl CreateAgResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `agId`.
    pub fn with_ag_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ag_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeAgsResult`
///
/// *Documented in* `specs/ag/en/jdcloudcom-en/describeAgs.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeAgsResult {
    /// `ags`
    #[serde(
        rename = "ags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ags: ::std::option::Option<::std::vec::Vec<AvailabilityGroup>>,
    /// `totalCount`
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeAgsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `ags`.
    pub fn with_ags(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<AvailabilityGroup>>,
    ) -> Self {
        self.ags = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeQuotasResult`
///
/// *Documented in* `specs/ag/en/jdcloudcom-en/describeQuotas.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeQuotasResult {
    /// Quota List
    #[serde(
        rename = "quotas",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quotas: ::std::option::Option<::std::vec::Vec<Quota>>,
}
impl DescribeQuotasResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `quotas`.
    pub fn with_quotas(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Quota>>) -> Self {
        self.quotas = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/ag/en/jdcloudcom-en/describeAgs.md` *line 24.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Filter {
    /// Name of Filter Requirements
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Operator of filter requirements is eq by default
    #[serde(
        rename = "operator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operator: ::std::option::Option<::std::string::String>,
    /// Value of Filter Requirements
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
    pub fn with_operator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operator = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Quota`
///
/// *Documented in* `specs/ag/en/jdcloudcom-en/describeQuotas.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Quota {
    /// Resource Type \[ag\]
    #[serde(
        rename = "resourceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// Quota Cap
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i32>,
    /// Quota Used
    #[serde(
        rename = "used",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used: ::std::option::Option<i32>,
}
impl Quota {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `resourceType`.
    pub fn with_resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn with_limit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `used`.
    pub fn with_used(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.used = ::std::option::Option::Some(value.into());
        self
    }
}
