//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `BackSourceAddress`
///
/// *Documented in* `specs/ossopenapi/en/jdcloudcom-en/putBackSourceConfiguration.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BackSourceAddress {
    /// Domain
    #[serde(
        rename = "hostName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// Address Protocol, such as http
    #[serde(
        rename = "protocol",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub protocol: ::std::option::Option<::std::string::String>,
    /// Replace Prefix with Specified Contents
    #[serde(
        rename = "replaceKeyPrefixWith",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replace_key_prefix_with: ::std::option::Option<::std::string::String>,
    /// Replace Suffix with Specified Contents
    #[serde(
        rename = "replaceKeySuffixWith",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replace_key_suffix_with: ::std::option::Option<::std::string::String>,
    /// Replace key with Specified Contents
    #[serde(
        rename = "replaceKeyWith",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replace_key_with: ::std::option::Option<::std::string::String>,
}
impl BackSourceAddress {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `hostName`.
    pub fn with_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `protocol`.
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `replaceKeyPrefixWith`.
    pub fn with_replace_key_prefix_with(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.replace_key_prefix_with = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `replaceKeySuffixWith`.
    pub fn with_replace_key_suffix_with(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.replace_key_suffix_with = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `replaceKeyWith`.
    pub fn with_replace_key_with(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.replace_key_with = ::std::option::Option::Some(value.into());
        self
    }
}
/// `BackSourceHeaderRule`
///
/// *Documented in* `specs/ossopenapi/en/jdcloudcom-en/putBackSourceConfiguration.md` *line 45.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BackSourceHeaderRule {
    /// Is Http header allowed or not
    #[serde(
        rename = "allowAllHeaders",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_all_headers: ::std::option::Option<bool>,
    /// List of Permitted http headers
    #[serde(
        rename = "allowHeaders",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_headers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// List of Forbidden http headers
    #[serde(
        rename = "notAllowHeaders",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub not_allow_headers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Set designated http header parameters, with type of Map&lt;String, String&gt;
    #[serde(
        rename = "setHeaders",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub set_headers: ::std::option::Option<::serde_json::Value>,
}
impl BackSourceHeaderRule {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `allowAllHeaders`.
    pub fn with_allow_all_headers(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.allow_all_headers = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `allowHeaders`.
    pub fn with_allow_headers(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.allow_headers = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `notAllowHeaders`.
    pub fn with_not_allow_headers(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.not_allow_headers = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `setHeaders`.
    pub fn with_set_headers(
        mut self,
        value: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        self.set_headers = ::std::option::Option::Some(value.into());
        self
    }
}
/// `BackSourceRule`
///
/// *Documented in* `specs/ossopenapi/en/jdcloudcom-en/putBackSourceConfiguration.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BackSourceRule {
    /// `address`
    #[serde(
        rename = "address",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address: ::std::option::Option<BackSourceAddress>,
    /// Is query String allowed or not
    #[serde(
        rename = "allowQueryString",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_query_string: ::std::option::Option<bool>,
    /// Back-to-origin Type
    #[serde(
        rename = "backSourceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub back_source_type: ::std::option::Option<::std::string::String>,
    /// `condition`
    #[serde(
        rename = "condition",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub condition: ::std::option::Option<BackSourceRuleCondition>,
    /// Follow Re-direction or not
    #[serde(
        rename = "followRedirects",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub follow_redirects: ::std::option::Option<bool>,
    /// `headerRule`
    #[serde(
        rename = "headerRule",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub header_rule: ::std::option::Option<BackSourceHeaderRule>,
}
impl BackSourceRule {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `address`.
    pub fn with_address(mut self, value: impl ::std::convert::Into<BackSourceAddress>) -> Self {
        self.address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `allowQueryString`.
    pub fn with_allow_query_string(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.allow_query_string = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backSourceType`.
    pub fn with_back_source_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.back_source_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `condition`.
    pub fn with_condition(
        mut self,
        value: impl ::std::convert::Into<BackSourceRuleCondition>,
    ) -> Self {
        self.condition = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `followRedirects`.
    pub fn with_follow_redirects(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.follow_redirects = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `headerRule`.
    pub fn with_header_rule(
        mut self,
        value: impl ::std::convert::Into<BackSourceHeaderRule>,
    ) -> Self {
        self.header_rule = ::std::option::Option::Some(value.into());
        self
    }
}
/// `BackSourceRuleCondition`
///
/// *Documented in* `specs/ossopenapi/en/jdcloudcom-en/putBackSourceConfiguration.md` *line 40.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BackSourceRuleCondition {
    /// Enable back-to-origin when http error code is the specified one
    #[serde(
        rename = "httpErrorCodeReturnedEquals",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_error_code_returned_equals: ::std::option::Option<i32>,
    /// Enable back-to-origin when the prefix is the one specified
    #[serde(
        rename = "keyPrefixEquals",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_prefix_equals: ::std::option::Option<::std::string::String>,
}
impl BackSourceRuleCondition {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `httpErrorCodeReturnedEquals`.
    pub fn with_http_error_code_returned_equals(
        mut self,
        value: impl ::std::convert::Into<i32>,
    ) -> Self {
        self.http_error_code_returned_equals = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyPrefixEquals`.
    pub fn with_key_prefix_equals(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_prefix_equals = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetHistoricalReplicatTaskResult`
///
/// *Documented in* `specs/ossopenapi/en/jdcloudcom-en/getHistoricalReplicatTask.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetHistoricalReplicatTaskResult {
    /// `historyReplicationTaskInfo`
    #[serde(
        rename = "historyReplicationTaskInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub history_replication_task_info: ::std::option::Option<HistoryReplicationTaskInfo>,
}
impl GetHistoricalReplicatTaskResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `historyReplicationTaskInfo`.
    pub fn with_history_replication_task_info(
        mut self,
        value: impl ::std::convert::Into<HistoryReplicationTaskInfo>,
    ) -> Self {
        self.history_replication_task_info = ::std::option::Option::Some(value.into());
        self
    }
}
/// `HistoryReplicationTaskInfo`
///
/// *Documented in* `specs/ossopenapi/en/jdcloudcom-en/getHistoricalReplicatTask.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct HistoryReplicationTaskInfo {
    /// `taskId`
    #[serde(
        rename = "taskId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<i64>,
    /// Whether to replace
    #[serde(
        rename = "action",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action: ::std::option::Option<::std::string::String>,
    /// bucket name
    #[serde(
        rename = "bucketName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bucket_name: ::std::option::Option<::std::string::String>,
    /// bucket region
    #[serde(
        rename = "bucketRegion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bucket_region: ::std::option::Option<::std::string::String>,
    /// Object bucket name
    #[serde(
        rename = "targetBucketName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_bucket_name: ::std::option::Option<::std::string::String>,
    /// Object bucket region
    #[serde(
        rename = "targetBucketRegion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_bucket_region: ::std::option::Option<::std::string::String>,
    /// Storage Type
    #[serde(
        rename = "storageClass",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_class: ::std::option::Option<::std::string::String>,
    /// `prefixSet`
    #[serde(
        rename = "prefixSet",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_set: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Task Creation Time
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// Task progress
    #[serde(
        rename = "progress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub progress: ::std::option::Option<f64>,
    /// Task Status
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
}
impl HistoryReplicationTaskInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `taskId`.
    pub fn with_task_id(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.task_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `action`.
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bucketName`.
    pub fn with_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bucket_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bucketRegion`.
    pub fn with_bucket_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bucket_region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `targetBucketName`.
    pub fn with_target_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_bucket_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `targetBucketRegion`.
    pub fn with_target_bucket_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_bucket_region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `storageClass`.
    pub fn with_storage_class(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.storage_class = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `prefixSet`.
    pub fn with_prefix_set(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.prefix_set = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `createdTime`.
    pub fn with_created_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `progress`.
    pub fn with_progress(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.progress = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
