#!/usr/bin/env python3
"""Writes openapi-generator template overrides (for `-g rust`, library reqwest) that honour
`x-jdcloud-query-encoding`, the JD Cloud query encoding our documents record on array query
parameters (`filters.1.name=x&filters.1.values.1=y`, `ids.1=a&ids.2=b`).

Out of the box the rust generator sends an array query parameter as `name=<item>` once per item
and formats each item with `to_string()`, which does not compile for arrays of models (the
`filters` of every JD Cloud list operation) and sends the wrong wire form for arrays of scalars.
The override takes the generator's own templates from its jar and, only where the parameter
carries the extension, replaces that with a call to a helper added to `apis/mod.rs`.

Usage: openapi_generator_templates.py OPENAPI_GENERATOR_JAR OUT_DIR
"""

import os
import re
import sys
import zipfile

HELPER = r'''
/// JD Cloud's query encoding (`x-jdcloud-query-encoding`): the items of an array are numbered
/// from 1 and the members of an object are appended with a dot, recursively:
/// `filters.1.name=x&filters.1.values.1=y`, `ids.1=a&ids.2=b`.
pub fn jdcloud_query(prefix: &str, value: &serde_json::Value) -> Vec<(String, String)> {
    fn walk(prefix: String, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(format!("{}.{}", prefix, i + 1), item, out);
                }
            }
            serde_json::Value::Object(members) => {
                for (name, member) in members {
                    walk(format!("{}.{}", prefix, name), member, out);
                }
            }
            serde_json::Value::String(s) => out.push((prefix, s.clone())),
            other => out.push((prefix, other.to_string())),
        }
    }
    let mut out = Vec::new();
    walk(prefix.to_owned(), value, &mut out);
    out
}
'''

# `req_builder = match "{{collectionFormat}}" { "multi" => req_builder.query(&VALUE.into_iter()...`
ARRAY_QUERY = re.compile(
    r'(?P<indent>[ \t]*)req_builder = match "\{\{collectionFormat\}\}" \{\n'
    r'(?P<body>(?:.*\n)*?)'
    r'(?P=indent)\};\n')
VALUE = re.compile(r'"multi" => req_builder\.query\(&(?P<value>.+?)\.into_iter\(\)')


def patch_api(text):
    count = 0

    def repl(m):
        nonlocal count
        value = VALUE.search(m.group("body"))
        if not value:
            return m.group(0)
        count += 1
        ind = m.group("indent")
        return (
            "{{#vendorExtensions.x-jdcloud-query-encoding}}\n"
            "%sreq_builder = req_builder.query(&crate::apis::jdcloud_query(\"{{{baseName}}}\", "
            "&serde_json::to_value(&%s)?));\n"
            "{{/vendorExtensions.x-jdcloud-query-encoding}}\n"
            "{{^vendorExtensions.x-jdcloud-query-encoding}}\n"
            "%s"
            "{{/vendorExtensions.x-jdcloud-query-encoding}}\n"
        ) % (ind, value.group("value"), m.group(0))

    out = ARRAY_QUERY.sub(repl, text)
    if count == 0:
        sys.exit("openapi_generator_templates.py: no array query block found in api.mustache; "
                 "the generator's template changed")
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    jar, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.join(out_dir, "reqwest"), exist_ok=True)
    with zipfile.ZipFile(jar) as z:
        api = z.read("rust/reqwest/api.mustache").decode("utf-8")
        api_mod = z.read("rust/reqwest/api_mod.mustache").decode("utf-8")
    with open(os.path.join(out_dir, "reqwest", "api.mustache"), "w", encoding="utf-8") as f:
        f.write(patch_api(api))
    with open(os.path.join(out_dir, "reqwest", "api_mod.mustache"), "w", encoding="utf-8") as f:
        f.write(api_mod.rstrip("\n") + "\n" + HELPER)


if __name__ == "__main__":
    main()
