//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `DecryptResult`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/decrypt.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DecryptResult {
    /// Plaintext data Base64-encoded binary data object
    #[serde(
        rename = "plaintext",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plaintext: ::std::option::Option<::std::string::String>,
}
impl DecryptResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `plaintext`.
    pub fn with_plaintext(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.plaintext = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeKeyDetailResult`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/describeKeyDetail.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeKeyDetailResult {
    /// `keyDetail`
    #[serde(
        rename = "keyDetail",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_detail: ::std::option::Option<KeyDetail>,
}
impl DescribeKeyDetailResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `keyDetail`.
    pub fn with_key_detail(mut self, value: impl ::std::convert::Into<KeyDetail>) -> Self {
        self.key_detail = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeKeyListResult`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/describeKeyList.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeKeyListResult {
    /// KeyList
    #[serde(
        rename = "keyList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_list: ::std::option::Option<::std::vec::Vec<KeyInfo>>,
    /// Quantity of Key
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeKeyListResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `keyList`.
    pub fn with_key_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<KeyInfo>>,
    ) -> Self {
        self.key_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeSecretVersionListResult`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/describeSecretVersionList.md` *line 30.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSecretVersionListResult {
    /// `secretDetail`
    #[serde(
        rename = "secretDetail",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_detail: ::std::option::Option<SecretDetail>,
}
impl DescribeSecretVersionListResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `secretDetail`.
    pub fn with_secret_detail(mut self, value: impl ::std::convert::Into<SecretDetail>) -> Self {
        self.secret_detail = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for DescribeSecretVersionListResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeSecretVersionListResult")
            .field("secretDetail", &"***")
            .finish()
    }
}
/// `GenerateDataKeyResult`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/generateDataKey.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GenerateDataKeyResult {
    /// Ciphertext DEK Base64-encoded binary data object
    #[serde(
        rename = "ciphertextBlob",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ciphertext_blob: ::std::option::Option<::std::string::String>,
    /// Plaintext DEK Base64-encoded binary data objt
    #[serde(
        rename = "plaintext",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plaintext: ::std::option::Option<::std::string::String>,
}
impl GenerateDataKeyResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `ciphertextBlob`.
    pub fn with_ciphertext_blob(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ciphertext_blob = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `plaintext`.
    pub fn with_plaintext(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.plaintext = ::std::option::Option::Some(value.into());
        self
    }
}
/// `KeyCfg`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/createKey.md` *line 19.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct KeyCfg {
    /// key Description Configuration
    #[serde(rename = "keyDescCfg", default)]
    pub key_desc_cfg: KeyDescCfg,
    /// key Rotation Configuration
    #[serde(rename = "keyRotateCfg", default)]
    pub key_rotate_cfg: KeyRotateCfg,
}
impl KeyCfg {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        key_desc_cfg: impl ::std::convert::Into<KeyDescCfg>,
        key_rotate_cfg: impl ::std::convert::Into<KeyRotateCfg>,
    ) -> Self {
        Self {
            key_desc_cfg: key_desc_cfg.into(),
            key_rotate_cfg: key_rotate_cfg.into(),
            ..::std::default::Default::default()
        }
    }
}
/// `KeyDescCfg`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/createKey.md` *line 24.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct KeyDescCfg {
    /// Description of key, "" by Default
    #[serde(rename = "keyDesc", default)]
    pub key_desc: ::std::string::String,
    /// Name of key, "" by Default
    #[serde(rename = "keyName", default)]
    pub key_name: ::std::string::String,
}
impl KeyDescCfg {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        key_desc: impl ::std::convert::Into<::std::string::String>,
        key_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            key_desc: key_desc.into(),
            key_name: key_name.into(),
            ..::std::default::Default::default()
        }
    }
}
/// `KeyDetail`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/describeKeyDetail.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct KeyDetail {
    /// KeyID
    #[serde(
        rename = "keyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_id: ::std::option::Option<::std::string::String>,
    /// Name of Key
    #[serde(
        rename = "keyName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_name: ::std::option::Option<::std::string::String>,
    /// Number of Key Version
    #[serde(
        rename = "keyVersionCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_version_count: ::std::option::Option<i32>,
    /// KeyList of Version Details
    #[serde(
        rename = "keyVersionList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_version_list: ::std::option::Option<::std::vec::Vec<KeyVersionItem>>,
    /// Rotation Cycle
    #[serde(
        rename = "rotationCycle",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rotation_cycle: ::std::option::Option<i32>,
}
impl KeyDetail {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `keyId`.
    pub fn with_key_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyName`.
    pub fn with_key_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyVersionCount`.
    pub fn with_key_version_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.key_version_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyVersionList`.
    pub fn with_key_version_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<KeyVersionItem>>,
    ) -> Self {
        self.key_version_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `rotationCycle`.
    pub fn with_rotation_cycle(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.rotation_cycle = ::std::option::Option::Some(value.into());
        self
    }
}
/// `KeyInfo`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/describeKeyList.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct KeyInfo {
    /// The creation time of key in the format of YYYY-MM-DDTHH:mm follows the ISO8601 standard.:ssZ
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// The planned deletion time in the format of YYYY-MM-DDTHH:mm follows the ISO8601 standard.:ssZ
    #[serde(
        rename = "deleteTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_time: ::std::option::Option<::std::string::String>,
    /// Use of Key
    #[serde(
        rename = "keyDesc",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_desc: ::std::option::Option<::std::string::String>,
    /// KeyID
    #[serde(
        rename = "keyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_id: ::std::option::Option<::std::string::String>,
    /// Name of Key
    #[serde(
        rename = "keyName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_name: ::std::option::Option<::std::string::String>,
    /// Current Status of Key: 0: Enabled; 1: Disabled; 2: Planned to Be Deleted
    #[serde(
        rename = "keyStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_status: ::std::option::Option<i32>,
    /// The Key rotation cycle of 0 means no rotation.
    #[serde(
        rename = "rotationCycle",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rotation_cycle: ::std::option::Option<i32>,
}
impl KeyInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `createTime`.
    pub fn with_create_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.create_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deleteTime`.
    pub fn with_delete_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.delete_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyDesc`.
    pub fn with_key_desc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_desc = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyId`.
    pub fn with_key_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyName`.
    pub fn with_key_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyStatus`.
    pub fn with_key_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.key_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `rotationCycle`.
    pub fn with_rotation_cycle(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.rotation_cycle = ::std::option::Option::Some(value.into());
        self
    }
}
/// `KeyRotateCfg`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/createKey.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct KeyRotateCfg {
    /// Automatically rotate or not, fals by defaulte
    #[serde(rename = "autoRotate", default)]
    pub auto_rotate: bool,
    /// The automatic rotation cycle is counted on the basis of day and 0 by default (no rotation).
    #[serde(rename = "rotationCycle", default)]
    pub rotation_cycle: i32,
}
impl KeyRotateCfg {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        auto_rotate: impl ::std::convert::Into<bool>,
        rotation_cycle: impl ::std::convert::Into<i32>,
    ) -> Self {
        Self {
            auto_rotate: auto_rotate.into(),
            rotation_cycle: rotation_cycle.into(),
            ..::std::default::Default::default()
        }
    }
}
/// `KeyVersionItem`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/describeKeyDetail.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct KeyVersionItem {
    /// The creation time in the format of YYYY-MM-DDTHH:mm follows the ISO8601 standard.:ssZ
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// The planned deletion time in the format of YYYY-MM-DDTHH:mm follows the ISO8601 standard.:ssZ
    #[serde(
        rename = "deleteTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_time: ::std::option::Option<::std::string::String>,
    /// Current Status of Key: 0: Enabled; 1: Disabled; 2: Planned to Be Deleted
    #[serde(
        rename = "keyStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_status: ::std::option::Option<i32>,
    /// Version Number
    #[serde(
        rename = "keyVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_version: ::std::option::Option<::std::string::String>,
}
impl KeyVersionItem {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `createTime`.
    pub fn with_create_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.create_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deleteTime`.
    pub fn with_delete_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.delete_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyStatus`.
    pub fn with_key_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.key_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyVersion`.
    pub fn with_key_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_version = ::std::option::Option::Some(value.into());
        self
    }
}
/// `SecretCfg`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/createSecret.md` *line 19.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecretCfg {
    /// Content of Secret
    #[serde(rename = "secretData", default)]
    pub secret_data: ::std::string::String,
    /// Information Configuration of Confidential Data Description
    #[serde(rename = "secretDescCfg", default)]
    pub secret_desc_cfg: SecretDescCfg,
    /// Validity Period Configuration of Confidential Data
    #[serde(rename = "secretTimeCfg", default)]
    pub secret_time_cfg: SecretTimeCfg,
}
impl SecretCfg {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        secret_data: impl ::std::convert::Into<::std::string::String>,
        secret_desc_cfg: impl ::std::convert::Into<SecretDescCfg>,
        secret_time_cfg: impl ::std::convert::Into<SecretTimeCfg>,
    ) -> Self {
        Self {
            secret_data: secret_data.into(),
            secret_desc_cfg: secret_desc_cfg.into(),
            secret_time_cfg: secret_time_cfg.into(),
            ..::std::default::Default::default()
        }
    }
}
impl ::std::fmt::Debug for SecretCfg {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SecretCfg")
            .field("secretData", &"***")
            .field("secretDescCfg", &"***")
            .field("secretTimeCfg", &"***")
            .finish()
    }
}
/// `SecretDescCfg`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/createSecret.md` *line 25.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecretDescCfg {
    /// Description of secret, "" by Default
    #[serde(rename = "secretDesc", default)]
    pub secret_desc: ::std::string::String,
    /// Name of secret, "" by Default
    #[serde(rename = "secretName", default)]
    pub secret_name: ::std::string::String,
}
impl SecretDescCfg {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        secret_desc: impl ::std::convert::Into<::std::string::String>,
        secret_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            secret_desc: secret_desc.into(),
            secret_name: secret_name.into(),
            ..::std::default::Default::default()
        }
    }
}
impl ::std::fmt::Debug for SecretDescCfg {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SecretDescCfg")
            .field("secretDesc", &"***")
            .field("secretName", &"***")
            .finish()
    }
}
/// `SecretDetail`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/describeSecretVersionList.md` *line 34.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecretDetail {
    /// Basic Information of key
    #[serde(
        rename = "secretInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_info: ::std::option::Option<SecretInfo>,
    /// Number of Secret Version
    #[serde(
        rename = "secretVersionCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_version_count: ::std::option::Option<i32>,
    /// SecretList of Version Details
    #[serde(
        rename = "secretVersionList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_version_list: ::std::option::Option<::std::vec::Vec<SecretVersionItem>>,
}
impl SecretDetail {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `secretInfo`.
    pub fn with_secret_info(mut self, value: impl ::std::convert::Into<SecretInfo>) -> Self {
        self.secret_info = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secretVersionCount`.
    pub fn with_secret_version_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.secret_version_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secretVersionList`.
    pub fn with_secret_version_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<SecretVersionItem>>,
    ) -> Self {
        self.secret_version_list = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for SecretDetail {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SecretDetail")
            .field("secretInfo", &"***")
            .field("secretVersionCount", &"***")
            .field("secretVersionList", &"***")
            .finish()
    }
}
/// `SecretInfo`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/describeSecretVersionList.md` *line 40.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecretInfo {
    /// SThe creation time in the format of YYYY-MM-DDTHH:mm follows the ISO8601 standard.:ssZ
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// SDescription to Purpose of Secret
    #[serde(
        rename = "secretDesc",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_desc: ::std::option::Option<::std::string::String>,
    /// SecretID
    #[serde(
        rename = "secretId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_id: ::std::option::Option<::std::string::String>,
    /// SName of Secret
    #[serde(
        rename = "secretName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_name: ::std::option::Option<::std::string::String>,
    /// Current Status of Secret: 0: Enabled; 1: Disabled
    #[serde(
        rename = "secretStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_status: ::std::option::Option<i32>,
}
impl SecretInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `createTime`.
    pub fn with_create_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.create_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secretDesc`.
    pub fn with_secret_desc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret_desc = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secretId`.
    pub fn with_secret_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secretName`.
    pub fn with_secret_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secretStatus`.
    pub fn with_secret_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.secret_status = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for SecretInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SecretInfo")
            .field("createTime", &self.create_time)
            .field("secretDesc", &"***")
            .field("secretId", &"***")
            .field("secretName", &"***")
            .field("secretStatus", &"***")
            .finish()
    }
}
/// `SecretTimeCfg`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/createSecret.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecretTimeCfg {
    /// The expiration time, no expiration by default, follows the ISO8601 standard and is in the format of YYYY-MM-DDTHH:mm.:ssZ
    #[serde(rename = "expireTime", default)]
    pub expire_time: ::std::string::String,
    /// The activation time, current time by default, follows the ISO8601 standard and is in the format of YYYY-MM-DDTHH:mm.:ssZ
    #[serde(rename = "startTime", default)]
    pub start_time: ::std::string::String,
}
impl SecretTimeCfg {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        expire_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            expire_time: expire_time.into(),
            start_time: start_time.into(),
            ..::std::default::Default::default()
        }
    }
}
/// `SecretVersionItem`
///
/// *Documented in* `specs/kms/en/jdcloudcom-en/describeSecretVersionList.md` *line 48.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecretVersionItem {
    /// The expiration time in the format of YYYY-MM-DDTHH:mm follows the ISO8601 standard.:ssZ
    #[serde(
        rename = "expireTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expire_time: ::std::option::Option<::std::string::String>,
    /// Content of key
    #[serde(
        rename = "secretData",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_data: ::std::option::Option<::std::string::String>,
    /// Current Status of Secret: 0: Enabled; 1: Disabled
    #[serde(
        rename = "secretStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_status: ::std::option::Option<i32>,
    /// Version Identifier
    #[serde(
        rename = "secretVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_version: ::std::option::Option<::std::string::String>,
    /// SThe secret activation time in the format of YYYY-MM-DDTHH:mm follows the ISO8601 standard.:ssZ
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
}
impl SecretVersionItem {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `expireTime`.
    pub fn with_expire_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expire_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secretData`.
    pub fn with_secret_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret_data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secretStatus`.
    pub fn with_secret_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.secret_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secretVersion`.
    pub fn with_secret_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn with_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for SecretVersionItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SecretVersionItem")
            .field("expireTime", &self.expire_time)
            .field("secretData", &"***")
            .field("secretStatus", &"***")
            .field("secretVersion", &"***")
            .field("startTime", &self.start_time)
            .finish()
    }
}
