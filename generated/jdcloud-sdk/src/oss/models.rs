//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `Bucket`
///
/// *Documented in* `specs/oss/en/jdcloudcom-en/listBuckets.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Bucket {
    /// `creationDate`
    #[serde(
        rename = "creationDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_date: ::std::option::Option<::std::string::String>,
    /// `name`
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
}
impl Bucket {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `creationDate`.
    pub fn with_creation_date(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ListBucketsResult`
///
/// *Documented in* `specs/oss/en/jdcloudcom-en/listBuckets.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListBucketsResult {
    /// `buckets`
    #[serde(
        rename = "buckets",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub buckets: ::std::option::Option<::std::vec::Vec<Bucket>>,
    /// `owner`
    #[serde(
        rename = "owner",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner: ::std::option::Option<User>,
}
impl ListBucketsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `buckets`.
    pub fn with_buckets(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Bucket>>,
    ) -> Self {
        self.buckets = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn with_owner(mut self, value: impl ::std::convert::Into<User>) -> Self {
        self.owner = ::std::option::Option::Some(value.into());
        self
    }
}
/// `MoveObjectResponse`
///
/// *Documented in* `specs/oss/en/jdcloudcom-en/moveObject.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MoveObjectResponse {
    /// `moveObjectResult`
    #[serde(
        rename = "moveObjectResult",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub move_object_result: ::std::option::Option<MoveObjectResult>,
}
impl MoveObjectResponse {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `moveObjectResult`.
    pub fn with_move_object_result(
        mut self,
        value: impl ::std::convert::Into<MoveObjectResult>,
    ) -> Self {
        self.move_object_result = ::std::option::Option::Some(value.into());
        self
    }
}
/// `MoveObjectResult`
///
/// *Documented in* `specs/oss/en/jdcloudcom-en/moveObject.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MoveObjectResult {
    /// `etag`
    #[serde(
        rename = "etag",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub etag: ::std::option::Option<::std::string::String>,
    /// `lastModified`
    #[serde(
        rename = "lastModified",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_modified: ::std::option::Option<::std::string::String>,
}
impl MoveObjectResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `etag`.
    pub fn with_etag(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.etag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lastModified`.
    pub fn with_last_modified(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_modified = ::std::option::Option::Some(value.into());
        self
    }
}
/// `User`
///
/// *Documented in* `specs/oss/en/jdcloudcom-en/listBuckets.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct User {
    /// `displayName`
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// `id`
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
}
impl User {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `displayName`.
    pub fn with_display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}
