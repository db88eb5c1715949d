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

use crate::error::Error;
use crate::signer::is_unreserved_text;

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
    let mut out = String::with_capacity(text.len());
    push_encoded(&mut out, text);
    out
}

/// Appends [`encode_component`] of `text` to `out`.
fn push_encoded(out: &mut String, text: &str) {
    if is_unreserved_text(text) {
        out.push_str(text);
    } else {
        out.extend(utf8_percent_encode(text, UNRESERVED));
    }
}

/// Appends the flattened form of `value`, named `name`, to `out` (unencoded
/// name/value pairs). With an empty `name`, the members of an object become
/// top-level parameters.
pub fn flatten_into(out: &mut Vec<(String, String)>, name: &str, value: &Value) {
    let mut name = name.to_string();
    flatten_value(out, &mut name, value);
}

fn flatten_value(out: &mut Vec<(String, String)>, name: &mut String, value: &Value) {
    match value {
        Value::Null => {}
        Value::Bool(b) => out.push((name.clone(), b.to_string())),
        Value::Number(n) => out.push((name.clone(), n.to_string())),
        Value::String(s) => out.push((name.clone(), s.clone())),
        Value::Array(items) => {
            let len = name.len();
            for (index, item) in items.iter().enumerate() {
                push_index(name, index);
                flatten_value(out, name, item);
                name.truncate(len);
            }
        }
        Value::Object(members) => {
            let len = name.len();
            for (key, item) in members {
                push_key(name, key);
                flatten_value(out, name, item);
                name.truncate(len);
            }
        }
    }
}

/// `name.<index + 1>`: array items are numbered from 1.
fn push_index(name: &mut String, index: usize) {
    use std::fmt::Write as _;
    // Writing to a `String` cannot fail.
    let _ = write!(name, ".{}", index + 1);
}

/// `name.key`, or `key` alone at the top level.
fn push_key(name: &mut String, key: &str) {
    if !name.is_empty() {
        name.push('.');
    }
    name.push_str(key);
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
///
/// The pairs are those of [`flatten_into`] on the value's JSON document,
/// written without building the document; the members of a struct come in the
/// order the struct serializes them.
pub fn push_query<T>(out: &mut Vec<(String, String)>, name: &str, value: &T) -> Result<(), Error>
where
    T: Serialize + ?Sized,
{
    // Room for the names of members and items below the parameter.
    let mut buffer = String::with_capacity(name.len() + 24);
    buffer.push_str(name);
    value
        .serialize(Flattener {
            out,
            name: &mut buffer,
            top: true,
        })
        .map_err(Error::Serialize)
}

/// Joins query pairs into an encoded query string (no leading `?`).
pub fn to_query_string(pairs: &[(String, String)]) -> String {
    let mut out = String::with_capacity(
        pairs
            .iter()
            .map(|(name, value)| name.len() + value.len() + 2)
            .sum(),
    );
    push_query_string(&mut out, pairs);
    out
}

/// Appends [`to_query_string`] of `pairs` to `out`.
pub(crate) fn push_query_string(out: &mut String, pairs: &[(String, String)]) {
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        push_encoded(out, name);
        out.push('=');
        push_encoded(out, value);
    }
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
        push_encoded(&mut out, value);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// A serializer writing query pairs, as [`flatten_value`] does for the value's
/// JSON document: `null` is left out, arrays are numbered from 1, members are
/// named `parent.member`. Numbers other than integers, byte strings and other
/// rare leaves go through [`serde_json::to_value`], so they read exactly as in
/// the document.
struct Flattener<'a> {
    out: &'a mut Vec<(String, String)>,
    name: &'a mut String,
    /// Whether the name is the parameter's own, which nothing reads once a
    /// value has been written for it.
    top: bool,
}

type FlattenError = serde_json::Error;

impl<'a> Flattener<'a> {
    fn text(self, text: String) -> Result<(), FlattenError> {
        let name = if self.top {
            std::mem::take(self.name)
        } else {
            self.name.clone()
        };
        self.out.push((name, text));
        Ok(())
    }

    fn through_json<T: Serialize + ?Sized>(self, value: &T) -> Result<(), FlattenError> {
        let value = serde_json::to_value(value)?;
        flatten_value(self.out, self.name, &value);
        Ok(())
    }

    fn compound(self, variant: Option<&'static str>) -> Compound<'a> {
        let reset = self.name.len();
        if let Some(variant) = variant {
            push_key(self.name, variant);
        }
        Compound {
            base: self.name.len(),
            reset,
            index: 0,
            key: String::new(),
            out: self.out,
            name: self.name,
        }
    }
}

/// An array, object or variant being flattened: `base` is the length of its
/// name, `reset` the length to go back to when it ends.
struct Compound<'a> {
    out: &'a mut Vec<(String, String)>,
    name: &'a mut String,
    base: usize,
    reset: usize,
    index: usize,
    /// The key of the map entry whose value comes next.
    key: String,
}

impl Compound<'_> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlattenError> {
        self.name.truncate(self.base);
        push_index(self.name, self.index);
        self.index += 1;
        value.serialize(Flattener {
            out: self.out,
            name: self.name,
            top: false,
        })
    }

    fn member<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), FlattenError> {
        self.name.truncate(self.base);
        push_key(self.name, key);
        value.serialize(Flattener {
            out: self.out,
            name: self.name,
            top: false,
        })
    }

    fn end(self) -> Result<(), FlattenError> {
        self.name.truncate(self.reset);
        Ok(())
    }
}

impl<'a> serde::Serializer for Flattener<'a> {
    type Ok = ();
    type Error = FlattenError;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), FlattenError> {
        self.text(v.to_string())
    }
    fn serialize_i8(self, v: i8) -> Result<(), FlattenError> {
        self.text(v.to_string())
    }
    fn serialize_i16(self, v: i16) -> Result<(), FlattenError> {
        self.text(v.to_string())
    }
    fn serialize_i32(self, v: i32) -> Result<(), FlattenError> {
        self.text(v.to_string())
    }
    fn serialize_i64(self, v: i64) -> Result<(), FlattenError> {
        self.text(v.to_string())
    }
    fn serialize_i128(self, v: i128) -> Result<(), FlattenError> {
        self.through_json(&v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), FlattenError> {
        self.text(v.to_string())
    }
    fn serialize_u16(self, v: u16) -> Result<(), FlattenError> {
        self.text(v.to_string())
    }
    fn serialize_u32(self, v: u32) -> Result<(), FlattenError> {
        self.text(v.to_string())
    }
    fn serialize_u64(self, v: u64) -> Result<(), FlattenError> {
        self.text(v.to_string())
    }
    fn serialize_u128(self, v: u128) -> Result<(), FlattenError> {
        self.through_json(&v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), FlattenError> {
        self.through_json(&v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), FlattenError> {
        self.through_json(&v)
    }
    fn serialize_char(self, v: char) -> Result<(), FlattenError> {
        self.text(v.to_string())
    }
    fn serialize_str(self, v: &str) -> Result<(), FlattenError> {
        self.text(v.to_string())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), FlattenError> {
        // As `serde_json` writes a byte string: an array of numbers.
        let items = Value::Array(v.iter().map(|&b| Value::from(b)).collect());
        flatten_value(self.out, self.name, &items);
        Ok(())
    }
    fn serialize_none(self) -> Result<(), FlattenError> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), FlattenError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), FlattenError> {
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), FlattenError> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), FlattenError> {
        self.text(variant.to_string())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), FlattenError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), FlattenError> {
        let mut compound = self.compound(None);
        compound.member(variant, value)?;
        compound.end()
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, FlattenError> {
        Ok(self.compound(None))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Compound<'a>, FlattenError> {
        Ok(self.compound(None))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, FlattenError> {
        Ok(self.compound(None))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, FlattenError> {
        Ok(self.compound(Some(variant)))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, FlattenError> {
        Ok(self.compound(None))
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, FlattenError> {
        Ok(self.compound(None))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, FlattenError> {
        Ok(self.compound(Some(variant)))
    }
}

impl serde::ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = FlattenError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlattenError> {
        self.item(value)
    }
    fn end(self) -> Result<(), FlattenError> {
        Compound::end(self)
    }
}

impl serde::ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = FlattenError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlattenError> {
        self.item(value)
    }
    fn end(self) -> Result<(), FlattenError> {
        Compound::end(self)
    }
}

impl serde::ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = FlattenError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlattenError> {
        self.item(value)
    }
    fn end(self) -> Result<(), FlattenError> {
        Compound::end(self)
    }
}

impl serde::ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = FlattenError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlattenError> {
        self.item(value)
    }
    fn end(self) -> Result<(), FlattenError> {
        Compound::end(self)
    }
}

impl serde::ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = FlattenError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), FlattenError> {
        // Keys as `serde_json` writes them: strings, or numbers and booleans as text.
        self.key = match serde_json::to_value(key)? {
            Value::String(s) => s,
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            _ => return Err(serde::ser::Error::custom("key must be a string")),
        };
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlattenError> {
        let key = std::mem::take(&mut self.key);
        self.member(&key, value)
    }
    fn end(self) -> Result<(), FlattenError> {
        Compound::end(self)
    }
}

impl serde::ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = FlattenError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), FlattenError> {
        self.member(key, value)
    }
    fn end(self) -> Result<(), FlattenError> {
        Compound::end(self)
    }
}

impl serde::ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = FlattenError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), FlattenError> {
        self.member(key, value)
    }
    fn end(self) -> Result<(), FlattenError> {
        Compound::end(self)
    }
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
    fn push_query_gives_the_pairs_of_the_document() {
        #[derive(Serialize)]
        struct Unit;
        #[derive(Serialize)]
        struct Pair(i32, &'static str);
        #[derive(Serialize)]
        enum Kind {
            Plain,
            Wrapped(u8),
            Tuple(i32, bool),
            Fields { x: f32, y: Option<&'static str> },
        }
        #[derive(Serialize)]
        struct All {
            z: &'static str,
            kinds: Vec<Kind>,
            by_number: std::collections::BTreeMap<i32, &'static str>,
            ratio: f32,
            nan: f64,
            huge: u128,
            letter: char,
            unit: Unit,
            pair: Pair,
            tuple: (bool, ()),
            none: Option<i32>,
            any: Value,
            nested: Vec<Vec<Option<i64>>>,
        }
        let value = All {
            z: "a b",
            kinds: vec![
                Kind::Plain,
                Kind::Wrapped(7),
                Kind::Tuple(-1, true),
                Kind::Fields { x: 0.1, y: None },
                Kind::Fields {
                    x: 2.5,
                    y: Some("y"),
                },
            ],
            by_number: [(2, "two"), (-1, "minus one")].into_iter().collect(),
            ratio: 0.1,
            nan: f64::NAN,
            huge: u128::from(u64::MAX),
            letter: '中',
            unit: Unit,
            pair: Pair(3, "p"),
            tuple: (false, ()),
            none: None,
            any: json!({"b": [1, null, {"c": "d"}], "a": null}),
            nested: vec![vec![Some(1), None, Some(3)], vec![]],
        };
        for name in ["", "p"] {
            let mut pairs = Vec::new();
            push_query(&mut pairs, name, &value).unwrap();
            let mut expected = flatten(name, &serde_json::to_value(&value).unwrap());
            pairs.sort();
            expected.sort();
            assert_eq!(pairs, expected);
        }
        let mut pairs = Vec::new();
        let bad: std::collections::BTreeMap<(i32, i32), i32> = [((1, 2), 3)].into_iter().collect();
        assert!(push_query(&mut pairs, "m", &bad).is_err());
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
        use crate::signer::{canonical_query, Query};
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
