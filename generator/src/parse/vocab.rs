//! The vocabulary of the pages: section headings and table columns in English and Chinese,
//! in every spelling the published pages use.

use super::text::plain;

/// What an `##` section holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionRole {
    Description,
    /// `## 接口说明`: usage notes that continue the description.
    Notes,
    Method,
    Address,
    RequestParams,
    ResponseParams,
    ReturnCodes,
    RequestExample,
    ResponseExample,
    /// `## Examples`: request bodies, in the pages that have it.
    Examples,
    /// Overview pages: `## Introduction` / `## 简介`.
    Introduction,
    /// Overview pages: `## API` (the operation list).
    ApiList,
    /// Overview pages: `### Version` / `### 版本`.
    Version,
}

/// Normalises heading or header text for comparison: plain text, lower case, whitespace
/// collapsed, trailing colons removed.
pub fn normalise(raw: &str) -> String {
    plain(raw)
        .to_lowercase()
        .trim_end_matches([':', '：'])
        .trim()
        .to_string()
}

/// The role of a section heading, if it is one the pages use.
pub fn section_role(raw: &str) -> Option<SectionRole> {
    let h = normalise(raw);
    let h = h.as_str();
    use SectionRole::*;
    let role = match h {
        "description" | "描述" | "接口描述" | "功能描述" => Description,
        "接口说明" | "notes" | "interface description" | "api description" => Notes,
        "request method" | "请求方式" | "请求方法" => Method,
        "request address" | "请求地址" | "request url" => Address,
        "请求参数" => RequestParams,
        "返回参数" | "响应参数" => ResponseParams,
        "返回码" | "错误码" | "返回状态码" => ReturnCodes,
        "请求示例" => RequestExample,
        "返回示例" | "响应示例" => ResponseExample,
        "examples" | "example" | "示例" => Examples,
        "introduction" | "简介" | "概述" => Introduction,
        "api" | "api list" | "接口列表" => ApiList,
        "version" | "版本" => Version,
        _ => return english_role(h),
    };
    Some(role)
}

/// English headings vary in Request/Response/Return/Returned and singular/plural.
fn english_role(h: &str) -> Option<SectionRole> {
    let words: Vec<&str> = h.split_whitespace().collect();
    let [side, what] = words.as_slice() else {
        return None;
    };
    let what = what.trim_end_matches('s');
    let response = matches!(*side, "response" | "return" | "returned");
    let request = *side == "request";
    use SectionRole::*;
    match what {
        "parameter" if request => Some(RequestParams),
        "parameter" if response => Some(ResponseParams),
        "code" if response => Some(ReturnCodes),
        "example" if request => Some(RequestExample),
        "example" if response => Some(ResponseExample),
        _ => None,
    }
}

/// What a table column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    Type,
    Required,
    Default,
    Example,
    Description,
    ReturnCode,
    HttpStatus,
    ErrorCode,
    Explanation,
    Method,
    /// `|Value|Description|`-style reference tables.
    Value,
}

/// The role of a header cell.
pub fn column(raw: &str) -> Option<Column> {
    let h = normalise(raw);
    use Column::*;
    Some(match h.as_str() {
        "name" | "名称" | "参数名" | "参数名称" | "parameter" | "field" | "字段" | "字段名"
        | "interface name" | "接口名称" => Name,
        "type" | "类型" | "参数类型" => Type,
        "required or not" | "required" | "if compulsory" | "是否必需" | "是否必选" | "是否必填"
        | "必选" | "必需" | "必填" | "mandatory" => Required,
        "default value" | "default" | "默认值" => Default,
        "example" | "example value" | "示例值" | "示例" => Example,
        "description"
        | "descripton"
        | "描述"
        | "说明"
        | "function description"
        | "功能描述"
        | "错误原因" => Description,
        "return code" | "response code" | "返回码" => ReturnCode,
        "http状态码" | "http status" | "http status code" | "状态码" | "错误code" => {
            HttpStatus
        }
        "错误码" | "error code" | "错误status" => ErrorCode,
        "错误解析" | "explanation" | "错误说明" => Explanation,
        "request method" | "request mehod" | "请求方式" => Method,
        "value" | "取值" | "版本号" => Value,
        _ => return None,
    })
}

/// What a table is, from its header row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableKind {
    /// Request-side parameters or fields: name, type, required, and optional default/example.
    Params(ColumnMap),
    /// Response-side fields: name, type, no required column.
    Fields(ColumnMap),
    /// Return codes: code and description, optionally HTTP status and explanation.
    ReturnCodes(ColumnMap),
    /// An overview page's operation list.
    Catalog(ColumnMap),
    /// Any other recognised two-column reference table (enum values, field lists).
    Reference,
    /// A header nobody knows.
    Unknown,
}

/// The position of each known column in a table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnMap {
    pub name: Option<usize>,
    pub ty: Option<usize>,
    pub required: Option<usize>,
    pub default: Option<usize>,
    pub example: Option<usize>,
    pub description: Option<usize>,
    pub code: Option<usize>,
    pub http_status: Option<usize>,
    pub error_code: Option<usize>,
    pub explanation: Option<usize>,
    pub method: Option<usize>,
    pub value: Option<usize>,
    /// Number of columns in the header.
    pub width: usize,
}

/// Classifies a table by its header cells.
pub fn table_kind(header: &[String]) -> TableKind {
    let mut map = ColumnMap {
        width: header.len(),
        ..ColumnMap::default()
    };
    let mut unknown = 0;
    for (i, cell) in header.iter().enumerate() {
        let slot = match column(cell) {
            Some(Column::Name) => &mut map.name,
            Some(Column::Type) => &mut map.ty,
            Some(Column::Required) => &mut map.required,
            Some(Column::Default) => &mut map.default,
            Some(Column::Example) => &mut map.example,
            Some(Column::Description) => &mut map.description,
            Some(Column::ReturnCode) => &mut map.code,
            Some(Column::HttpStatus) => &mut map.http_status,
            Some(Column::ErrorCode) => &mut map.error_code,
            Some(Column::Explanation) => &mut map.explanation,
            Some(Column::Method) => &mut map.method,
            Some(Column::Value) => &mut map.value,
            None => {
                unknown += 1;
                continue;
            }
        };
        if slot.is_none() {
            *slot = Some(i);
        }
    }
    if unknown > 0 {
        return TableKind::Unknown;
    }
    if map.name.is_some() && map.ty.is_some() {
        if map.required.is_some() {
            TableKind::Params(map)
        } else {
            TableKind::Fields(map)
        }
    } else if map.code.is_some() || (map.http_status.is_some() && map.description.is_some()) {
        TableKind::ReturnCodes(map)
    } else if map.name.is_some() && map.method.is_some() {
        TableKind::Catalog(map)
    } else if header.len() >= 2 && (map.description.is_some() || map.value.is_some()) {
        TableKind::Reference
    } else {
        TableKind::Unknown
    }
}

/// Reads a required flag: `True/False`, `是/否`, `Yes/No`, `必选/可选`.
pub fn required_flag(cell: &str) -> Option<bool> {
    match normalise(cell).as_str() {
        "true" | "yes" | "y" | "是" | "必选" | "必需" | "必填" | "required" => Some(true),
        "false" | "no" | "n" | "否" | "可选" | "非必需" | "非必选" | "optional" => {
            Some(false)
        }
        _ => None,
    }
}

/// Cells that mean "no value": empty, `-`, `无`, `None`.
pub fn is_empty_value(cell: &str) -> bool {
    matches!(
        normalise(cell).as_str(),
        "" | "-" | "--" | "无" | "none" | "null" | "n/a"
    )
}

/// A paragraph that says a section is empty.
pub fn is_none_marker(text: &str) -> bool {
    matches!(
        normalise(text).trim_end_matches(['.', '。']),
        "none" | "无" | "n/a" | "null" | "no parameters" | "no"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_in_every_spelling() {
        use SectionRole::*;
        let cases = [
            ("Description", Description),
            ("描述", Description),
            ("Request Method", Method),
            ("Request method", Method),
            ("请求方式", Method),
            ("Request Address", Address),
            ("请求地址", Address),
            ("Request Parameter", RequestParams),
            ("Request Parameters", RequestParams),
            (
                r#"<div id="user-content-requestparameters">请求参数</div>"#,
                RequestParams,
            ),
            ("Return Parameter", ResponseParams),
            ("Response parameter", ResponseParams),
            ("Returned Parameters", ResponseParams),
            ("Response   parameter", ResponseParams),
            ("返回参数", ResponseParams),
            ("Return Code", ReturnCodes),
            ("Response   code", ReturnCodes),
            ("返回码", ReturnCodes),
            ("Request Example", RequestExample),
            ("Return Example", ResponseExample),
            ("Examples", Examples),
            ("请求示例", RequestExample),
            ("接口说明", Notes),
            ("简介", Introduction),
            ("API", ApiList),
            ("Version", Version),
            ("版本", Version),
        ];
        for (text, role) in cases {
            assert_eq!(section_role(text), Some(role), "{text}");
        }
        assert_eq!(section_role("调用基础说明"), None);
        assert_eq!(section_role("Composition of the URL"), None);
    }

    fn header(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn table_kinds() {
        assert!(matches!(
            table_kind(&header(&["Name", "Type", "Required or Not", "Default Value", "Description"])),
            TableKind::Params(m) if m.default == Some(3) && m.description == Some(4)
        ));
        assert!(matches!(
            table_kind(&header(&["名称", "类型", "是否必选", "示例值", "描述"])),
            TableKind::Params(m) if m.example == Some(3)
        ));
        assert!(matches!(
            table_kind(&header(&["Name", "Type", "If Compulsory", "Description"])),
            TableKind::Params(m) if m.default.is_none()
        ));
        assert!(matches!(
            table_kind(&header(&["名称", "类型", "示例值", "描述"])),
            TableKind::Fields(m) if m.example == Some(2)
        ));
        assert!(matches!(
            table_kind(&header(&["Name", "Type", "Description"])),
            TableKind::Fields(_)
        ));
        assert!(matches!(
            table_kind(&header(&["Return Code", "Descripton"])),
            TableKind::ReturnCodes(_)
        ));
        assert!(matches!(
            table_kind(&header(&["HTTP状态码", "错误码", "描述", "错误解析"])),
            TableKind::ReturnCodes(m) if m.http_status == Some(0) && m.explanation == Some(3)
        ));
        assert!(matches!(
            table_kind(&header(&[
                "Interface name",
                "Request mehod",
                "Function description"
            ])),
            TableKind::Catalog(_)
        ));
        assert!(matches!(
            table_kind(&header(&["接口名称", "请求方式", "功能描述"])),
            TableKind::Catalog(_)
        ));
        assert_eq!(
            table_kind(&header(&["Value", "Description"])),
            TableKind::Reference
        );
        assert_eq!(table_kind(&header(&["取值", "说明"])), TableKind::Reference);
        assert_eq!(
            table_kind(&header(&["Region", "Endpoint"])),
            TableKind::Unknown
        );
    }

    #[test]
    fn required_flags() {
        for yes in ["True", "true", "是", "Yes", " TRUE "] {
            assert_eq!(required_flag(yes), Some(true), "{yes}");
        }
        for no in ["False", "否", "No"] {
            assert_eq!(required_flag(no), Some(false), "{no}");
        }
        assert_eq!(required_flag("maybe"), None);
    }

    #[test]
    fn none_markers() {
        assert!(is_none_marker("None"));
        assert!(is_none_marker("无"));
        assert!(!is_none_marker("None of these"));
    }
}
