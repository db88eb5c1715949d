//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `CheckDomainIcpResult`
///
/// *Documented in* `specs/live/en/jdcloudcom-en/checkDomainIcp.md` *line 26.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CheckDomainIcpResult {
    /// ICP filing Status
    #[serde(
        rename = "icpStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub icp_status: ::std::option::Option<bool>,
}
impl CheckDomainIcpResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `icpStatus`.
    pub fn with_icp_status(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.icp_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeCustomLiveStreamTranscodeTemplatesResult`
///
/// *Documented in* `specs/live/en/jdcloudcom-en/describeCustomLiveStreamTranscodeTemplates.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeCustomLiveStreamTranscodeTemplatesResult {
    /// Current Page Number
    #[serde(
        rename = "pageNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// Number on Each Page
    #[serde(
        rename = "pageSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// Search Total Amount
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// Code Rate Information
    #[serde(
        rename = "transcodeTemplates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transcode_templates: ::std::option::Option<::std::vec::Vec<TranscodeInfo>>,
}
impl DescribeCustomLiveStreamTranscodeTemplatesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `pageNumber`.
    pub fn with_page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn with_page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transcodeTemplates`.
    pub fn with_transcode_templates(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<TranscodeInfo>>,
    ) -> Self {
        self.transcode_templates = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeDomainOnlineStreamResult`
///
/// *Documented in* `specs/live/en/jdcloudcom-en/describeDomainOnlineStream.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDomainOnlineStreamResult {
    /// `streamList`
    #[serde(
        rename = "streamList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stream_list: ::std::option::Option<::std::vec::Vec<PublishOnlineStreamResultData>>,
    /// Traffic Count
    #[serde(
        rename = "total",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total: ::std::option::Option<i32>,
}
impl DescribeDomainOnlineStreamResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `streamList`.
    pub fn with_stream_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<PublishOnlineStreamResultData>>,
    ) -> Self {
        self.stream_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total`.
    pub fn with_total(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/live/en/jdcloudcom-en/describeCustomLiveStreamTranscodeTemplates.md` *line 21.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Filter {
    /// Name of Filter Requirements
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
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
}
/// `PublishOnlineStreamResultData`
///
/// *Documented in* `specs/live/en/jdcloudcom-en/describeDomainOnlineStream.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PublishOnlineStreamResultData {
    /// APP Name
    #[serde(
        rename = "appName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_name: ::std::option::Option<::std::string::String>,
    /// Streaming Name
    #[serde(
        rename = "streamName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stream_name: ::std::option::Option<::std::string::String>,
    /// Client ip
    #[serde(
        rename = "clientIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_ip: ::std::option::Option<::std::string::String>,
    /// Edge Node ip
    #[serde(
        rename = "serverIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub server_ip: ::std::option::Option<::std::string::String>,
    /// Frame Rate
    #[serde(
        rename = "frameRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub frame_rate: ::std::option::Option<f64>,
    /// Frame Loss Rate
    #[serde(
        rename = "frameLossRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub frame_loss_rate: ::std::option::Option<f64>,
    /// Last Active Time
    #[serde(
        rename = "lastActive",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_active: ::std::option::Option<i64>,
    /// Real-time Frame Rate
    #[serde(
        rename = "realFps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub real_fps: ::std::option::Option<f64>,
    /// Upload Speed  Unit: KB/s
    #[serde(
        rename = "uploadSpeed",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub upload_speed: ::std::option::Option<i64>,
    /// Video codec, value:
    ///
    /// - VideoAVC = 7
    ///
    /// - VideoHEVC = 12
    #[serde(
        rename = "videoCodec",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub video_codec: ::std::option::Option<i64>,
    /// Video Code Rate, Unit: KB/s
    #[serde(
        rename = "videoDataRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub video_data_rate: ::std::option::Option<i64>,
    /// Audio codec, value:
    ///
    /// - AudioReserved1 = 16
    ///
    /// - AudioDisabled = 17
    ///
    /// - AudioLinearPCMPlatformEndian = 0
    ///
    /// - AudioADPCM = 1
    ///
    /// - AudioMP3 = 2
    ///
    /// - AudioLinearPCMLittleEndian = 3
    ///
    /// - AudioNellymoser16kHzMono = 4
    ///
    /// - AudioNellymoser8kHzMono = 5
    ///
    /// - AudioNellymoser = 6
    ///
    /// - AudioReservedG711AlawLogarithmicPCM = 7
    ///
    /// - AudioReservedG711MuLawLogarithmicPCM = 8
    ///
    /// - AudioReserved = 9
    ///
    /// - AudioAAC = 10
    ///
    /// - AudioSpeex = 11
    ///
    /// - AudioReservedMP3_8kHz = 14
    ///
    /// - AudioReservedDeviceSpecificSound = 15
    #[serde(
        rename = "audioCodec",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub audio_codec: ::std::option::Option<i64>,
}
impl PublishOnlineStreamResultData {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `appName`.
    pub fn with_app_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `streamName`.
    pub fn with_stream_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stream_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `clientIp`.
    pub fn with_client_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serverIp`.
    pub fn with_server_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `frameRate`.
    pub fn with_frame_rate(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.frame_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `frameLossRate`.
    pub fn with_frame_loss_rate(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.frame_loss_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lastActive`.
    pub fn with_last_active(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.last_active = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `realFps`.
    pub fn with_real_fps(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.real_fps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `uploadSpeed`.
    pub fn with_upload_speed(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.upload_speed = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `videoCodec`.
    pub fn with_video_codec(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.video_codec = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `videoDataRate`.
    pub fn with_video_data_rate(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.video_data_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `audioCodec`.
    pub fn with_audio_codec(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.audio_codec = ::std::option::Option::Some(value.into());
        self
    }
}
/// `RecordTime`
///
/// *Documented in* `specs/live/en/jdcloudcom-en/addLiveRecordTask.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RecordTime {
    /// End Time
    #[serde(rename = "endTime", default)]
    pub end_time: ::std::string::String,
    /// Start Time
    #[serde(rename = "startTime", default)]
    pub start_time: ::std::string::String,
}
impl RecordTime {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        end_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            end_time: end_time.into(),
            start_time: start_time.into(),
            ..::std::default::Default::default()
        }
    }
}
/// `TranscodeInfo`
///
/// *Documented in* `specs/live/en/jdcloudcom-en/describeCustomLiveStreamTranscodeTemplates.md` *line 49.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TranscodeInfo {
    /// Transcoding Output Code Rate Value
    ///
    /// - Value: \[200,3000\]
    ///
    /// - Unit: kpbs
    #[serde(
        rename = "videoCodeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub video_code_rate: ::std::option::Option<i32>,
    /// Transcoding Output Frame Rate Value:
    ///
    /// - Value: 15/1, 25/1, 30/1, 60/1
    #[serde(
        rename = "videoFrameRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub video_frame_rate: ::std::option::Option<TranscodeInfoVideoFrameRate>,
    /// Transcoding Output Video Width:
    ///
    /// - Value: \[100,1920\]
    ///
    /// - Equal Ratio: If only one parameter is filled in, the output transcoding video is adjusted in proportion to the parameter
    ///
    /// - Source-followed: If neither parameter is filled in, the transcoding video is output according to the source proportion
    #[serde(
        rename = "width",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i32>,
    /// Transcoding Output Video Width:
    ///
    /// - Value: \[100,1920\]
    ///
    /// - Equal Ratio: If only one parameter is filled in, the output transcoding video is adjusted in proportion to the parameter
    ///
    /// - Source-followed: If neither parameter is filled in, the transcoding video is output according to the source proportion
    #[serde(
        rename = "height",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i32>,
    /// Transcoding Template Customized Name
    #[serde(
        rename = "template",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub template: ::std::option::Option<::std::string::String>,
    /// Transcoding Output Audio Coded Format:
    ///
    /// - Value: aac, mp3
    ///
    /// - Case Insensitive
    #[serde(
        rename = "audioCodec",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub audio_codec: ::std::option::Option<::std::string::String>,
    /// Transcoding Output Audio Format:
    ///
    /// - Value: aac_lc, aac_low, aac_he, aac_he_v2
    ///
    /// - Case Insensitive
    #[serde(
        rename = "audioFormat",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub audio_format: ::std::option::Option<::std::string::String>,
    /// Transcoding Output Audio Sampling Rate:
    ///
    /// - Value: \[44100,48000\]
    #[serde(
        rename = "audioSampleRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub audio_sample_rate: ::std::option::Option<i32>,
    /// Transcoding Output Audio Path Number:
    ///
    /// - 1  Single Track
    ///
    /// - 2  Dual Track
    #[serde(
        rename = "audioChannel",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub audio_channel: ::std::option::Option<i32>,
    /// Transcoding Output Audio Code Rate:
    ///
    /// - Value: \[16,128\]
    ///
    /// - Unit: kbps
    #[serde(
        rename = "audioCodeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub audio_code_rate: ::std::option::Option<i32>,
}
impl TranscodeInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `videoCodeRate`.
    pub fn with_video_code_rate(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.video_code_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `videoFrameRate`.
    pub fn with_video_frame_rate(
        mut self,
        value: impl ::std::convert::Into<TranscodeInfoVideoFrameRate>,
    ) -> Self {
        self.video_frame_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `width`.
    pub fn with_width(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.width = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `height`.
    pub fn with_height(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.height = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `template`.
    pub fn with_template(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `audioCodec`.
    pub fn with_audio_codec(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.audio_codec = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `audioFormat`.
    pub fn with_audio_format(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.audio_format = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `audioSampleRate`.
    pub fn with_audio_sample_rate(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.audio_sample_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `audioChannel`.
    pub fn with_audio_channel(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.audio_channel = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `audioCodeRate`.
    pub fn with_audio_code_rate(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.audio_code_rate = ::std::option::Option::Some(value.into());
        self
    }
}
/// Allowed values of TranscodeInfoVideoFrameRate.
///
/// Transcoding Output Frame Rate Value:
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TranscodeInfoVideoFrameRate {
    /// `15/1`
    V151,
    /// `25/1`
    V251,
    /// `30/1`
    V301,
    /// `60/1`
    V601,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl TranscodeInfoVideoFrameRate {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V151 => "15/1",
            Self::V251 => "25/1",
            Self::V301 => "30/1",
            Self::V601 => "60/1",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for TranscodeInfoVideoFrameRate {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for TranscodeInfoVideoFrameRate {
    fn from(value: &str) -> Self {
        match value {
            "15/1" => Self::V151,
            "25/1" => Self::V251,
            "30/1" => Self::V301,
            "60/1" => Self::V601,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for TranscodeInfoVideoFrameRate {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for TranscodeInfoVideoFrameRate {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for TranscodeInfoVideoFrameRate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TranscodeInfoVideoFrameRate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
