//! JD Cloud's query encoding and the path template filler.
//!
//! Query parameters of GET, DELETE and HEAD operations are flattened:
//!
//! | value                         | query                                         |
//! |-------------------------------|-----------------------------------------------|
//! | `pageSize: 10`                | `pageSize=10`                                 |
//! | `ids: ["a", "b"]`             | `ids.1=a&ids.2=b`                             |
//! | `filters: [{name, values}]`   | `filters.1.name=x&filters.1.values.1=y`       |
//! | `tag: {key: "k"}`             | `tag.key=k`                                   |
//! | `true` / `false`              | `true` / `false`                              |
//! | `null`                        | left out                                      |
//!
//! Names and values are percent-encoded keeping only `A-Z a-z 0-9 - _ . ~`, the
//! form the signer's canonical query uses, so the query on the wire and the one
//! signed are the same text up to the order of the pairs.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Serialize;
use serde_json::Value;

use crate::runtime::error::Error;

/// Characters left as they are: the RFC 3986 unreserved set.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes a query name or value, or a path parameter, keeping only
/// the unreserved characters (`A-Z a-z 0-9 - _ . ~`). Non-ASCII text is encoded
/// as UTF-8; a space becomes `%20`, never `+`.
pub fn encode_component(text: &str) -> String {
    utf8_percent_encode(text, UNRESERVED).to_string()
}

/// Appends the flattened form of `value`, named `name`, to `out` (unencoded
/// name/value pairs). With an empty `name`, the members of an object become
/// top-level parameters.
pub fn flatten_into(out: &mut Vec<(String, String)>, name: &str, value: &Value) {
    match value {
        Value::Null => {}
        Value::Bool(b) => out.push((name.to_string(), b.to_string())),
        Value::Number(n) => out.push((name.to_string(), n.to_string())),
        Value::String(s) => out.push((name.to_string(), s.clone())),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                flatten_into(out, &format!("{name}.{}", index + 1), item);
            }
        }
        Value::Object(members) => {
            for (key, item) in members {
                let child = if name.is_empty() {
                    key.clone()
                } else {
                    format!("{name}.{key}")
                };
                flatten_into(out, &child, item);
            }
        }
    }
}

/// Flattens a JSON value into query pairs; see [`flatten_into`].
pub fn flatten(name: &str, value: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    flatten_into(&mut out, name, value);
    out
}

/// Serialises `value` and appends its flattened form to `out`. `None` and
/// `null` add nothing. This is what generated operations call for each query
/// parameter.
pub fn push_query<T>(out: &mut Vec<(String, String)>, name: &str, value: &T) -> Result<(), Error>
where
    T: Serialize + ?Sized,
{
    let value = serde_json::to_value(value).map_err(Error::Serialize)?;
    flatten_into(out, name, &value);
    Ok(())
}

/// Joins query pairs into an encoded query string (no leading `?`).
pub fn to_query_string(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (name, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&encode_component(name));
        out.push('=');
        out.push_str(&encode_component(value));
    }
    out
}

/// Fills the `{name}` placeholders of a path template with percent-encoded
/// values: `/regions/{regionId}/instances/{instanceId}:stopInstance`.
///
/// Values are encoded with [`encode_component`], so `/`, `?`, `#`, `%`, `+`
/// and spaces inside a value cannot change the shape of the path. Fails with
/// [`Error::Config`] when a placeholder has no value, or a value is empty, `.`
/// or `..` (those would address another resource).
pub fn fill_path(template: &str, params: &[(&str, &str)]) -> Result<String, Error> {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|i| open + i) else {
            break;
        };
        out.push_str(&rest[..open]);
        let name = &rest[open + 1..close];
        let value = params
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
            .ok_or_else(|| Error::Config(format!("path parameter `{name}` has no value")))?;
        if value.is_empty() || value == "." || value == ".." {
            return Err(Error::Config(format!(
                "path parameter `{name}` cannot be {value:?}"
            )));
        }
        out.push_str(&encode_component(value));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn scalars() {
        assert_eq!(
            flatten("pageSize", &json!(10)),
            pairs(&[("pageSize", "10")])
        );
        assert_eq!(flatten("ratio", &json!(0.5)), pairs(&[("ratio", "0.5")]));
        assert_eq!(flatten("all", &json!(true)), pairs(&[("all", "true")]));
        assert_eq!(flatten("all", &json!(false)), pairs(&[("all", "false")]));
        assert_eq!(flatten("name", &json!("vm 1")), pairs(&[("name", "vm 1")]));
        assert!(flatten("gone", &Value::Null).is_empty());
    }

    #[test]
    fn arrays_are_one_based() {
        assert_eq!(
            flatten("ids", &json!(["a", "b"])),
            pairs(&[("ids.1", "a"), ("ids.2", "b")])
        );
        assert!(flatten("ids", &json!([])).is_empty());
        assert_eq!(
            flatten("m", &json!([[1, 2], [3]])),
            pairs(&[("m.1.1", "1"), ("m.1.2", "2"), ("m.2.1", "3")])
        );
        assert_eq!(
            flatten("ids", &json!(["a", null, "c"])),
            pairs(&[("ids.1", "a"), ("ids.3", "c")])
        );
    }

    #[test]
    fn arrays_of_objects() {
        let filters = json!([
            {"name": "instanceId", "values": ["i-1", "i-2"]},
            {"name": "status", "values": ["running"], "operator": null}
        ]);
        assert_eq!(
            flatten("filters", &filters),
            pairs(&[
                ("filters.1.name", "instanceId"),
                ("filters.1.values.1", "i-1"),
                ("filters.1.values.2", "i-2"),
                ("filters.2.name", "status"),
                ("filters.2.values.1", "running"),
            ])
        );
    }

    #[test]
    fn nested_objects_and_top_level_structs() {
        assert_eq!(
            flatten("tag", &json!({"key": "env", "value": {"deep": 1}})),
            pairs(&[("tag.key", "env"), ("tag.value.deep", "1")])
        );
        assert_eq!(
            flatten("", &json!({"pageNumber": 2, "skip": null})),
            pairs(&[("pageNumber", "2")])
        );
    }

    #[test]
    fn push_query_serialises() {
        #[derive(Serialize)]
        struct Filter<'a> {
            name: &'a str,
            values: Vec<&'a str>,
        }
        let mut out = Vec::new();
        push_query(&mut out, "pageNumber", &Some(1)).unwrap();
        push_query(&mut out, "pageSize", &None::<i32>).unwrap();
        push_query(
            &mut out,
            "filters",
            &[Filter {
                name: "az",
                values: vec!["cn-north-1a"],
            }],
        )
        .unwrap();
        assert_eq!(
            out,
            pairs(&[
                ("pageNumber", "1"),
                ("filters.1.name", "az"),
                ("filters.1.values.1", "cn-north-1a"),
            ])
        );
    }

    #[test]
    fn encoding_of_chinese_and_reserved_characters() {
        assert_eq!(encode_component("中文"), "%E4%B8%AD%E6%96%87");
        assert_eq!(encode_component("a b+c"), "a%20b%2Bc");
        assert_eq!(encode_component("-_.~AZaz09"), "-_.~AZaz09");
        assert_eq!(
            encode_component("/?#[]@!$&'()*,;=%:"),
            "%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2C%3B%3D%25%3A"
        );
        let query = to_query_string(&pairs(&[
            ("filters.1.name", "name"),
            ("filters.1.values.1", "云主机 a&b=c"),
        ]));
        assert_eq!(
            query,
            "filters.1.name=name&filters.1.values.1=%E4%BA%91%E4%B8%BB%E6%9C%BA%20a%26b%3Dc"
        );
        assert_eq!(to_query_string(&[]), "");
    }

    #[test]
    fn wire_query_canonicalises_to_itself_when_sorted() {
        use crate::runtime::signer::{canonical_query, Query};
        let list = pairs(&[("a", "x y+z/中"), ("b.1", "=&"), ("c", "")]);
        let wire = to_query_string(&list);
        assert_eq!(canonical_query(Query::Raw(&wire)), wire);
    }

    #[test]
    fn fills_paths() {
        let path = fill_path(
            "/regions/{regionId}/instances/{instanceId}:stopInstance",
            &[("regionId", "cn-north-1"), ("instanceId", "i-abc123")],
        )
        .unwrap();
        assert_eq!(path, "/regions/cn-north-1/instances/i-abc123:stopInstance");
        assert_eq!(fill_path("/regions", &[]).unwrap(), "/regions");
    }

    #[test]
    fn path_values_are_escaped() {
        let path = fill_path(
            "/buckets/{name}/objects/{key}",
            &[("name", "a/b?c#d"), ("key", "中 文+%20")],
        )
        .unwrap();
        assert_eq!(
            path,
            "/buckets/a%2Fb%3Fc%23d/objects/%E4%B8%AD%20%E6%96%87%2B%2520"
        );
    }

    #[test]
    fn path_errors() {
        assert!(matches!(
            fill_path("/regions/{regionId}", &[]),
            Err(Error::Config(m)) if m.contains("regionId")
        ));
        for bad in ["", ".", ".."] {
            assert!(fill_path("/x/{id}", &[("id", bad)]).is_err(), "{bad:?}");
        }
        assert_eq!(fill_path("/x/{id", &[]).unwrap(), "/x/{id");
        assert_eq!(
            fill_path("/x/{a}{b}", &[("a", "1"), ("b", "2")]).unwrap(),
            "/x/12"
        );
    }
}
