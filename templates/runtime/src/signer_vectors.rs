//! The signer test vectors of JD Cloud's reference SDK: for each one, the
//! canonical request, the string to sign and the `Authorization` header must
//! come out byte for byte.

use crate::credentials::Credentials;
use crate::signer::{sign, Query, SignableRequest};

struct Vector {
    method: &'static str,
    /// The host as passed to the signer, with its scheme.
    host: &'static str,
    path: &'static str,
    query: VectorQuery,
    headers: &'static [(&'static str, &'static str)],
    body: &'static str,
    ak: &'static str,
    sk: &'static str,
    service: &'static str,
    region: &'static str,
    canonical_request: &'static str,
    string_to_sign: &'static str,
    authorization: &'static str,
}

enum VectorQuery {
    Raw(&'static str),
    Pairs(&'static [(&'static str, &'static str)]),
}

fn check(v: &Vector) {
    let headers: Vec<(String, String)> = v
        .headers
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    let pairs: Vec<(String, String)>;
    let query = match v.query {
        VectorQuery::Raw(raw) => Query::Raw(raw),
        VectorQuery::Pairs(p) => {
            pairs = p
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect();
            Query::Pairs(&pairs)
        }
    };
    let request = SignableRequest {
        method: v.method,
        host: v.host,
        path: v.path,
        query,
        headers: &headers,
        body: v.body.as_bytes(),
        service: v.service,
        region: v.region,
    };
    let signature = match sign(&Credentials::new(v.ak, v.sk), &request) {
        Ok(signature) => signature,
        Err(err) => panic!("signing failed: {err}"),
    };
    assert_eq!(signature.canonical_request, v.canonical_request);
    assert_eq!(signature.string_to_sign, v.string_to_sign);
    assert_eq!(signature.authorization, v.authorization);
}

/// `testSign_path_specialCharacters`
#[test]
fn path_special_characters() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances/ /`!@#$%^&*()=+/0123456789/[]\\;',<>?:\"{}|/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/-_.~:GET",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances/%20/%60%21%40%23%24%25%5E%26%2A%28%29%3D%20/0123456789/%5B%5D%5C%3B%27%2C%3C%3E%3F%3A%22%7B%7D%7C/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/-_.~%3AGET\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\n367d8a87b2d33c574c83f16a0c822b22e15a36bb462f8b2fbdfce2c1ca73481a",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=925b9455228ef23ee7ec2dd3e33f7e645bcbcb3f4732894c17e4a0cf1d41d1e6",
    });
}

/// `testSign_path_chineseCharacters`
#[test]
fn path_chinese_characters() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances/中文:GET",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances/%E4%B8%AD%E6%96%87%3AGET\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\n45fc6c6cfaf16c9183763688505996c9d12583806d731dbed2687d30e775768c",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=936ed2dcb6fb4271ad640e0f46f1fe61763a0bad8bb4f4eb1224261f969612fa",
    });
}

/// `testSign_path_null`
#[test]
fn path_null() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\ncc5bdd68c59d2ae72e5bc6c8cc3004ad085e3ac915b65904993845f0574d90ff",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=44c5ec30b6185516986ae171d8276552bc0f37f6a536a44e4f578958fc1c12be",
    });
}

/// `testSign_path_nullSlashes`
#[test]
fn path_null_slashes() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "v1",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\n5fa160a28c2ce618ee6ef02f24d3b407481307af0eaf64fdf5b478b936f390f9",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=92cd3ed582c13af58b4c81ddad150c350e656c6cc9e78ec154d7385e499b91b6",
    });
}

/// `testSign_path_endSlashes`
#[test]
fn path_end_slashes() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "v1/",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\ndc25d3efecf2c838c95fdd30a92f370b3b7255d85913f2e0f89dfe10c65d7287",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=035689ae2ce6a3603928ac3d60a6d2fbfb550d33c5da983342a6356419ccd914",
    });
}

/// `testSign_path_doubleSlashes`
#[test]
fn path_double_slashes() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "///v1/regions/cn-north-1/instances//// //`!@#$%^&*()=+/0123456789/[]\\;',<>?:\"{}|/////abcdefghijklmnopqrstuvwxyz//ABCDEFGHIJKLMNOPQRSTUVWXYZ/-_.~:GET/",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances/%20/%60%21%40%23%24%25%5E%26%2A%28%29%3D%20/0123456789/%5B%5D%5C%3B%27%2C%3C%3E%3F%3A%22%7B%7D%7C/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/-_.~%3AGET/\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\n7d0c2dfc211fe722fb0aeec79a634210cf6ff17c6b1d67536e3e33a954f8a950",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=92e4897d2a74a899399f5443615ddf110978363b9097932e522e079e6eb5f65b",
    });
}

/// `testSign_path_encode`
#[test]
fn path_encode() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances/%20/%60%21%40%23%24%25%5E%26%2A%28%29%3D%2B/0123456789/%5B%5D%5C%5C%3B%27%2C%3C%3E%3F%3A%5C%22%7B%7D%7C/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/-_.~%3AGET",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances/%20/%60%21%40%23%24%25%5E%26%2A%28%29%3D%2B/0123456789/%5B%5D%5C%5C%3B%27%2C%3C%3E%3F%3A%5C%22%7B%7D%7C/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/-_.~%3AGET\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\n6370b0846dfc5a9684fa3de9c65a042e6a574b34a9979db5741997d84aaeb207",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=027b5bbd35956b84b8773eb450c0405cb4e424eab13f64828926ee41838c48d0",
    });
}

/// `testSign_path_encodeIncludeEncodedSlashes`
#[test]
fn path_encode_include_encoded_slashes() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "%2Fv1%2Fregions%2F%2F%2Fcn-north-1%2Finstances",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\n7d11b5af2c7ddc3fbb6b4b55ba7055ba06fa2debe24b930558cbcdbb9ae1ad2f",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=33df199719f9edc6de860e6b53c61d4824e1f389e6030fd37ddc977fda29e467",
    });
}

/// `testSign_path_partEncode`
#[test]
fn path_part_encode() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1%2Fregions/cn-north-1%2F%2F%2Finstances",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\n7d11b5af2c7ddc3fbb6b4b55ba7055ba06fa2debe24b930558cbcdbb9ae1ad2f",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=33df199719f9edc6de860e6b53c61d4824e1f389e6030fd37ddc977fda29e467",
    });
}

/// `testSign_path_wrongPercentEncode`
#[test]
fn path_wrong_percent_encode() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/%2/%2f/%2b%f",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/%252/%2B%25f\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\n04c961c404fcc0d732c3ddf8ec9c87f7d748152761b3a9e0c349f4adaea64fba",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=6610271450ea321baab326f8debc51a2e4dd7e73b04200275a1d9b3897045caf",
    });
}

/// `testSign_path_partEncode_includeSpecialChar`
#[test]
fn path_part_encode_include_special_char() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1%2Fregions/cn-north-1%2F%2F%2Finstances/ + /+/ +/+ /%2B%20%2B%2F%2F",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances/%20%20%20/%20/%20%20/%20%20/%2B%20%2B/\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\nb1045187d201ae53906896b8335f2d0f8971f14f3e1e992d5612340ce2f54248",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=7286237483a7fcc51ff7621c9a5c586a0ec85fd06cbf91c20adde2ec3b5e4d97",
    });
}

/// `testSign_query_nullKey`
#[test]
fn query_null_key() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances",
        query: VectorQuery::Raw("=a&a=a"),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\na=a\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\nb7049ecd21874727715aa2036fa74012408c1f1094ca54e9ed5c3195ad8cfa7c",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=43efb5fb00e86faf35d8bf0bed3b72e84cfc98ee4754065e29c3caa7bcaa12cb",
    });
}

/// `testSign_query_nullKeyAndValue`
#[test]
fn query_null_key_and_value() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances",
        query: VectorQuery::Raw("=&a=a"),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\na=a\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\nb7049ecd21874727715aa2036fa74012408c1f1094ca54e9ed5c3195ad8cfa7c",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=43efb5fb00e86faf35d8bf0bed3b72e84cfc98ee4754065e29c3caa7bcaa12cb",
    });
}

/// `testSign_query_repeatQueryquery`
#[test]
fn query_repeat_queryquery() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances",
        query: VectorQuery::Raw("aa=aa&aa%3Daa=&aa=aa%3D&aa=&aa=aaa&aaa=aaa&aaa=aa&aaa=a&ab=aa&ab=aa&cc=&cc=&bb=aa&bb="),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\naa=&aa=aa&aa=aa%3D&aa=aaa&aa%3Daa=&aaa=a&aaa=aa&aaa=aaa&ab=aa&ab=aa&bb=&bb=aa&cc=&cc=\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\n62d58d69fea0b4de8b2fd1f840c1afe2b73395988b42c96ff8ed2cb80f0892e7",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=8ccc3c9af11e964b3c5d6020d2af49e97e27fbb23e2b8f57bdc84815e471d54b",
    });
}

/// `testSign_query_specialCharacters0`
#[test]
fn query_special_characters0() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances",
        query: VectorQuery::Raw("special key=/ /`!@#$%^*()+/0123456789/[]\\;',<>?:\"{}|/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/-_.~&/ /`!@#$%^*()+/0123456789/[]\\;',<>?:\"{}|/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/-_.~=special value"),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\n%2F%20%2F%60%21%40%23%24%25%5E%2A%28%29%20%2F0123456789%2F%5B%5D%5C%3B%27%2C%3C%3E%3F%3A%22%7B%7D%7C%2Fabcdefghijklmnopqrstuvwxyz%2FABCDEFGHIJKLMNOPQRSTUVWXYZ%2F-_.~=special%20value&special%20key=%2F%20%2F%60%21%40%23%24%25%5E%2A%28%29%20%2F0123456789%2F%5B%5D%5C%3B%27%2C%3C%3E%3F%3A%22%7B%7D%7C%2Fabcdefghijklmnopqrstuvwxyz%2FABCDEFGHIJKLMNOPQRSTUVWXYZ%2F-_.~\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\n6b42653ee6e62494165d7a5ee7b87d2a30f5b4b14381ef9446987aa06f1bea27",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=684a4397896f81eaefbba29c42be66080b32993dce700e1647608a64595fd655",
    });
}

/// `testSign_query_specialCharacters2`
#[test]
fn query_special_characters2() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances",
        query: VectorQuery::Pairs(&[("nullValue", ""), ("", "nullKey"), ("specialValue", "&&==&==&&=&="), ("&&==&==&&=&=", "specialKey")]),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\n%26%26%3D%3D%26%3D%3D%26%26%3D%26%3D=specialKey&nullValue=&specialValue=%26%26%3D%3D%26%3D%3D%26%26%3D%26%3D\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\nebcea0b60797216c32b74977bf78c6d9378fff8499b16b7c70f084a68ba535f0",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=cc1b199ef770ffc179b3915b9cefa83024bda9d88638c19fe079292de5b91546",
    });
}

/// `testSign_query_partEncode`
#[test]
fn query_part_encode() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances",
        query: VectorQuery::Raw(" =blank&%20=blank&+= 2&%2b= 1&blank= &blank=+&blank=%20"),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\n%20=%202&%20=blank&%20=blank&%2B=%201&blank=%20&blank=%20&blank=%20\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\nf8e20227f39f0d5adaee9fea6cfd10ea36f07691d4a891292e86b5c04280ce12",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=78c0a4db84050d773533c78c1a0f73bf974faf5df881e39b18c3e0de8110324e",
    });
}

/// `testSign_query_wrongPercentEncode`
#[test]
fn query_wrong_percent_encode() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances",
        query: VectorQuery::Raw(" =blank&%2=blank&+=jia0&%2b=jia1&%2B=jia2&blank= %2b%2f%2/&blank=+&%2/blank=%0%f"),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\n%20=blank&%20=jia0&%252=blank&%252%2Fblank=%250%25f&%2B=jia1&%2B=jia2&blank=%20&blank=%20%2B%2F%252%2F\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\n6ea444494abd0b9124e5c0a4fb26f309df35ea9010a1e024d4b37df11b6bee82",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=972987a6f95be456935cde8be8f106114e2ad27465a507644e61f021a98a7218",
    });
}

/// `testSign_query_chinese`
#[test]
fn query_chinese() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances",
        query: VectorQuery::Raw("中文参数=中文参数值"),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "X-Jdcloud-Nonce"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\n%E4%B8%AD%E6%96%87%E5%8F%82%E6%95%B0=%E4%B8%AD%E6%96%87%E5%8F%82%E6%95%B0%E5%80%BC\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\na5b9c0b00ddee1789fd509eb5aeaa5dc7ad74a9fa806e55616dbfbe762809eea",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=7e3094d23adde49fcc99b7d0de911d7ecaa7767590edd57769d7bdbaca919276",
    });
}

/// `testSign_head_one_blank`
#[test]
fn head_one_blank() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", " X-Jdcloud- -Nonce "), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud- -Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\nd7dd44900a4e78e2d851eef6ee43352b28b9ede744b147b6862c62dc15dd83ea",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=5d955d1de475eac2b4378473ca0adce8fddd13f45d2be53bc2ffb6eee6450ba4",
    });
}

/// `testSign_head_more_blank`
#[test]
fn head_more_blank() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "  X-Jdcloud-  -Nonce  "), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:X-Jdcloud-  -Nonce\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\ne3dd8806a41da4124ab81c19d2ac7631278c6213f88b3e3f753898562a5a1c34",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=a03bb8d755cb93e4d8846fe5fcad180f319fa50356f63e8afdc749bd1a95695f",
    });
}

/// `testSign_head_multiValues`
#[test]
fn head_multi_values() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "aaa"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:aaa\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\naab082fbab79ff436bf245f23ebf47d2be0d38159a9ab2dfb6ec7a04ce1773b6",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=12ed9fbf2f8ebe6afcdd23853c9e58f37642f8a0361765557d2e4915f1e995e4",
    });
}

/// `testSign_head_special_characters0`
#[test]
fn head_special_characters0() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", "/`!@#$%^&*()=+/0123456789/[]\\;',<>?:\"{}|/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/-_.~"), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:/`!@#$%^&*()=+/0123456789/[]\\;',<>?:\"{}|/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/-_.~\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\n5531fa70b77fd4e6dc815d334cb631dd159a1bc9eebae5b77d7ca2940d0aac3a",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=9046b11889b993a808fccf1322f7f04e7e5a7e0cc22d8b65e9986a8aab986ad7",
    });
}

/// `testSign_head_special_characters1`
#[test]
fn head_special_characters1() {
    check(&Vector {
        method: "GET",
        host: "http://apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
        path: "/v1/regions/cn-north-1/instances",
        query: VectorQuery::Raw(""),
        headers: &[("x-jdcloud-date", "20190917T064708Z"), ("x-jdcloud-nonce", " \\n  as\\r\\n \\r df\\r\\n   "), ("content-type", "application/json")],
        body: "",
        ak: "ak",
        sk: "sk",
        service: "apigatewaytestproductline",
        region: "cn-north-1",
        canonical_request: "GET\n/v1/regions/cn-north-1/instances\n\ncontent-type:application/json\nhost:apigw-internal-dev.cn-north-1.jcloudcs.com:8000\nx-jdcloud-date:20190917T064708Z\nx-jdcloud-nonce:\\n  as\\r\\n \\r df\\r\\n\n\ncontent-type;host;x-jdcloud-date;x-jdcloud-nonce\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        string_to_sign: "JDCLOUD3-HMAC-SHA256\n20190917T064708Z\n20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request\na5d5cec39eb12f557c0478c894969f8a4b44506daa3d91251b98f1990da39ab6",
        authorization: "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=b30037126cdc4385e957e24e6d73ea28a8fb66f71ee68b8f60de12d3292d19c6",
    });
}
