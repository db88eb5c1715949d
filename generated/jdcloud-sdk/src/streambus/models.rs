//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `AddTopicResult`
///
/// *Documented in* `specs/streambus/zh/jdclouddocs-cn/addTopic.md` *line 51.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AddTopicResult {
    /// 状态信息
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl AddTopicResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `message`.
    pub fn with_message(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ConsumerGroup`
///
/// *Documented in* `specs/streambus/zh/jdclouddocs-cn/createConsumerGroup.md` *line 22.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ConsumerGroup {
    /// `createdTime`
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// `delete`
    #[serde(
        rename = "delete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete: ::std::option::Option<::std::string::String>,
    /// `id`
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// `name`
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `topicId`
    #[serde(
        rename = "topicId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub topic_id: ::std::option::Option<i32>,
}
impl ConsumerGroup {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `createdTime`.
    pub fn with_created_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `delete`.
    pub fn with_delete(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.delete = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `topicId`.
    pub fn with_topic_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.topic_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateConsumerGroupResult`
///
/// *Documented in* `specs/streambus/zh/jdclouddocs-cn/createConsumerGroup.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateConsumerGroupResult {
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl CreateConsumerGroupResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `message`.
    pub fn with_message(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DeleteConsumerGroupResult`
///
/// *Documented in* `specs/streambus/zh/jdclouddocs-cn/deleteConsumerGroup.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteConsumerGroupResult {
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl DeleteConsumerGroupResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `message`.
    pub fn with_message(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DeleteTopicResult`
///
/// *Documented in* `specs/streambus/zh/jdclouddocs-cn/deleteTopic.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteTopicResult {
    /// 状态信息
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl DeleteTopicResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `message`.
    pub fn with_message(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeTopicResult`
///
/// *Documented in* `specs/streambus/zh/jdclouddocs-cn/describeTopic.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeTopicResult {
    /// `topic`
    #[serde(
        rename = "topic",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub topic: ::std::option::Option<TopicModel>,
}
impl DescribeTopicResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `topic`.
    pub fn with_topic(mut self, value: impl ::std::convert::Into<TopicModel>) -> Self {
        self.topic = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetConsumerGroupListResult`
///
/// *Documented in* `specs/streambus/zh/jdclouddocs-cn/getConsumerGroupList.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetConsumerGroupListResult {
    /// `consumerGroup`
    #[serde(
        rename = "consumerGroup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consumer_group: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
}
impl GetConsumerGroupListResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `consumerGroup`.
    pub fn with_consumer_group(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::serde_json::Value>>,
    ) -> Self {
        self.consumer_group = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetTopicListResult`
///
/// *Documented in* `specs/streambus/zh/jdclouddocs-cn/getTopicList.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetTopicListResult {
    /// `topic`
    #[serde(
        rename = "topic",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub topic: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
}
impl GetTopicListResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `topic`.
    pub fn with_topic(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::serde_json::Value>>,
    ) -> Self {
        self.topic = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Target`
///
/// *Documented in* `specs/streambus/zh/jdclouddocs-cn/addTopic.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Target {
    /// 进行归档任务的时间周期
    #[serde(
        rename = "cycle",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cycle: ::std::option::Option<i32>,
    /// 需要归档的目的地
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 当达到这个数据量时开始归档
    #[serde(
        rename = "recordSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub record_size: ::std::option::Option<i32>,
}
impl Target {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `cycle`.
    pub fn with_cycle(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cycle = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `recordSize`.
    pub fn with_record_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.record_size = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Topic`
///
/// *Documented in* `specs/streambus/zh/jdclouddocs-cn/addTopic.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Topic {
    /// 是否归档（0：未归档，1：已归档）
    #[serde(
        rename = "archived",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub archived: ::std::option::Option<i32>,
    /// 主题id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// 数据写入后的保留时间
    #[serde(
        rename = "lifecycle",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lifecycle: ::std::option::Option<i32>,
    /// 流数据总线中topic的名字
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 分区
    #[serde(
        rename = "partitionNum",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_num: ::std::option::Option<i32>,
    /// 备注
    #[serde(
        rename = "remark",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remark: ::std::option::Option<::std::string::String>,
    /// 流数据总线shard的数量
    #[serde(
        rename = "shardNum",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shard_num: ::std::option::Option<i32>,
}
impl Topic {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `archived`.
    pub fn with_archived(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.archived = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lifecycle`.
    pub fn with_lifecycle(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.lifecycle = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partitionNum`.
    pub fn with_partition_num(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.partition_num = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn with_remark(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.remark = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `shardNum`.
    pub fn with_shard_num(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.shard_num = ::std::option::Option::Some(value.into());
        self
    }
}
/// `TopicModel`
///
/// *Documented in* `specs/streambus/zh/jdclouddocs-cn/addTopic.md` *line 22.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TopicModel {
    /// 归档相关的具体参数，需要对归档进行新建，更新，删除，修改对应参数值即可。
    ///
    /// ossFlag，bucketName，directory，objectName 这四个参数值与ossFlag有关，若ossFlag为false，后面三个可为空，若为true，后面三个为异常数据保存位置，按需要填写即可。
    ///
    /// 1）如果归档到数据计算服务需要传database，table，type，example，delimiter，targetColumn，analysisColumn，partsTargetColumn，partsAnalysisColumn。
    ///
    /// 2）如果归档到JFS需要传bucket，prefix，infix。
    ///
    /// 3）如果归档到京东云 Elasticsearch需要传host，port，indexType，idType，indexName，indexReferField，timestampFieldFormat，timestampIndexFormat，typeName，idReferField，noResolve，username，password。
    ///
    /// 4）如果归档到mysql，则需要传host，database，table，username，password，type，example，delimiter。
    ///
    /// 5)如果要归档到京东云数据库则需要传rdsId，database，table，username，password，type，example，delimiter。
    #[serde(
        rename = "parameterList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameter_list: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
    /// `target`
    #[serde(
        rename = "target",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target: ::std::option::Option<Target>,
    /// `topic`
    #[serde(
        rename = "topic",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub topic: ::std::option::Option<Topic>,
}
impl TopicModel {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `parameterList`.
    pub fn with_parameter_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::serde_json::Value>>,
    ) -> Self {
        self.parameter_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `target`.
    pub fn with_target(mut self, value: impl ::std::convert::Into<Target>) -> Self {
        self.target = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `topic`.
    pub fn with_topic(mut self, value: impl ::std::convert::Into<Topic>) -> Self {
        self.topic = ::std::option::Option::Some(value.into());
        self
    }
}
/// `UpdateTopicResult`
///
/// *Documented in* `specs/streambus/zh/jdclouddocs-cn/updateTopic.md` *line 51.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateTopicResult {
    /// 状态信息
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl UpdateTopicResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `message`.
    pub fn with_message(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
