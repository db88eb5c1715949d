//! The constraints read from real descriptions, and properties of the reader.

use std::path::{Path, PathBuf};

use super::*;

/// One case a line: `type | description => expected  // page it is from`. Descriptions are
/// verbatim, as the page parser hands them over (`\n` for a line break, `\u200b` for the
/// zero-width space the page has); `-` expects nothing.
const CASES: &str = r#"
Integer | 创建实例的数量，不能超过用户配额。\n取值范围：`[1,100]`；默认值：`1`。\n如果在弹性网卡中指定了内网IP地址，那么单次创建 `maxCount` 只能是 `1`。 => range [1,100]; default 1  // seeds/003_86e75c99b2d03144.txt
Integer | 创建实例的数量，不能超过用户配额。\n取值范围：[1,100]；默认值：1。\n如果在弹性网卡中指定了内网IP地址，那么单次创建 `maxCount` 只能是 1。 => range [1,100]; default 1  // seeds/001_d87df0b3a2c75c2b.txt
Integer | Internet bandwidth, range [1,10240] unit: Mbps => range [1,10240]  // seeds/002_09a0eb6dcccb77a2.txt
Integer | 页码, 默认为1, 取值范围：[1,∞), 页码超过总页数时, 显示最后一页 => default 1; range [1,∞)  // corpus/jdcloud-cn/Virtual-Private-Cloud/Acl/describeNetworkAcls.md
Integer | 显示数据的页码，默认为1，取值范围：[-1,1000)。pageNumber为-1时，返回所有数据页码；超过总页数时，显示最后一页。 => default 1; range [-1,1000)  // corpus/jdcloud-cn/RDS/Performance-Statistics/describeIndexPerformance.md
Integer | 安全组规则的起始端口。取值范围：1-65535 => range [1,65535]  // corpus/jdcloud-cn/Virtual-Private-Cloud/Security-Group/modifyNetworkSecurityGroupRules.md
Long | Number of Pages. The minimum value is 1 and the maximum value is 99 => range [1,99]  // corpus/jdcloud-en/Log-Service/LogSearch-APIs/search.md
Integer | The delayed deletion time, counted on the basis of day, is 7 days by default, and the supported time range is 7~30 days. => range [7,30]  // corpus/jdcloud-en/Key-Management-Service/Key-Management-Service/scheduleKeyDeletion.md
Integer | 触发清洗的包速率，单位pps，范围是2000到70000 => range [2000,70000]  // corpus/jdcloud-cn/Anti-DDoS-Basic/Anti-DDoS-Basic-APIs/setCleanThreshold.md
Long | Nr. in each page. The default value is 10 and the maximum value is 100 => default 10; range (-∞,100]  // corpus/jdcloud-en/Log-Service/LogSearch-APIs/search.md
Integer | Page size, default is 20; value range: [10,100] => default 20; range [10,100]  // corpus/jdcloud-en/Cloud-Disk-Service/CDS-APIs/describeDisks.md
Integer | 包年包月（预付费）付费单位。仅`chargeMode=prepaid_by_duration`时此参数有效。\n取值范围：\n`chargeUnit=month`时：`[1,9]`\n`chargeUnit=year`时：`[1,3]` => -  // seeds/003_86e75c99b2d03144.txt
Integer | 预付费计费时长，当chargeMode取值为prepaid_by_duration时有效。默认取值1。当chargeUnit为month时取值范围：[1-9]，当chargeUnit为year时取值范围：[1-3] => default 1  // seeds/001_d87df0b3a2c75c2b.txt
Integer | Pay-In-Advance billing hours, the Pay-In-Advance is compulsory and is valid only when the value of chargeMode is prepaid_by_duration. When chargeUnit is month, the value shall be: 1~9; when chargeUnit is year, the value shall be: 1, 2 and 3 => -  // seeds/002_09a0eb6dcccb77a2.txt
Integer | 云硬盘大小，单位为 GiB，ssd 类型取值范围[20,1000]GB，步长为10G，premium-hdd 类型取值范围[20,3000]GB，步长为10G => -  // corpus/jdcloud-cn/Cloud-Disk-Service/CDS-APIs/createDisks.md
Integer | 分页大小, 默认为 10, 取值范围[10, 100], 0 表示全量 => default 10  // corpus/jdcloud-cn/Anti-DDoS-Pro/Anti-DDoS-Pro-Instance-APIs/describeInstances.md
Integer | 规则限定起始传输层端口, 取值范围:1-65535, 若protocol为传输层协议，默认值为1，若protocol不是传输层协议，设置无效，恒为0。如果规则只限定一个端口号，fromPort和toPort填写同一个值 => -  // corpus/jdcloud-cn/Virtual-Private-Cloud/Acl/addNetworkAclRules.md
Integer | 限制返回的日志文件内容字节数，取值范围 [1-4]KB，最大 4KB. => -  // corpus/jdcloud-cn/Native-Container/Native-Container/getLogs.md
String | 停机不计费模式。该参数仅对按配置计费且系统盘为云硬盘的实例生效，并且不是专有宿主机中的实例。配置停机不计费且停机后，实例部分将停止计费，且释放实例自身包含的资源（CPU/内存/GPU/本地数据盘）。\n可选值：\n`keepCharging`（默认值）：停机后保持计费，不释放资源。\n`stopCharging`：停机后停止计费，释放实例资源。 => values keepCharging|stopCharging; default keepCharging  // seeds/003_86e75c99b2d03144.txt
String | 允许SSH密码登录。\n可选值：\n`yes`（默认值）：允许SSH密码登录。\n`no`：禁止SSH密码登录。\n仅在指定密钥时此参数有效，指定此参数后密码即使输入也将被忽略，同时会在系统内禁用SSH密码登录。 => values yes|no; default yes  // seeds/003_86e75c99b2d03144.txt
Boolean | 使用实例模板创建实例时，如模板中已设置密码，期望不使用该密码而由系统自动生成时，可通过此参数（`true`）实现。\n可选值：\n`true`：不使用实例模板中配置的密码。\n`false`：使用实例模板中配置的密码。\n仅在未指定 `agId` 且指定 `instanceTemplateId`，且 `password` 为空时，此参数(`true`)生效。 => -  // seeds/003_86e75c99b2d03144.txt
Boolean | 自动续费。\n可选值：\n`True`：开通自动续费\n`False`（默认值）：不开通自动续费 => default false  // seeds/003_86e75c99b2d03144.txt
String | Enable Internet or not, value range: yes, no => values yes|no  // seeds/002_09a0eb6dcccb77a2.txt
String | Image type, value range: standard => values standard  // seeds/002_09a0eb6dcccb77a2.txt
String | 费用支付状态，取值为：normal、overdue、arrear，normal表示正常，overdue表示已到期，arrear表示欠费 => values normal|overdue|arrear  // corpus/jdcloud-cn/Cloud-Disk-Service/CDS-APIs/describeDisk.md
String | 支付模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration => values prepaid_by_duration|postpaid_by_usage|postpaid_by_duration; default postpaid_by_duration  // corpus/jdcloud-cn/Cloud-Disk-Service/CDS-APIs/describeDisk.md
String | 下一跳类型, 取值范围:local:本地, instance:云主机, internet:公网, vpc_peering:vpc对等连接, bgw:边界网关 => values local|instance|internet|vpc_peering|bgw  // corpus/jdcloud-cn/Virtual-Private-Cloud/Route-Table/describeRouteTable.md
String | 镜像来源。取值：jcloud：官方镜像；marketplace：镜像市场镜像；self：用户自己的镜像；shared：其他用户分享的镜像 => values jcloud|marketplace|self|shared  // corpus/jdcloud-cn/Virtual-Machines/Image/describeImage.md
String | 网卡角色，取值范围：Primary（主网卡）、Secondary（辅助网卡） => values Primary|Secondary  // corpus/jdcloud-cn/Virtual-Private-Cloud/Elastic-Network-Interface/describeNetworkInterface.md
String | 磁盘类型，取值范围{premium-hdd, ssd} => values premium-hdd|ssd  // corpus/jdcloud-cn/Virtual-Machines/Image/describeImage.md
Integer | Statistical Period (Unit: Minute), optional value: 2, 5, 15, 30, 60 => values 2|5|15|30|60  // corpus/jdcloud-en/Monitoring/Monitoring-Rules-APIs/updateAlarm.md
String | 挂载状态，取值为 "attaching", "attached", "detaching", "detached" => values attaching|attached|detaching|detached  // corpus/jdcloud-cn/Cloud-Disk-Service/CDS-APIs/describeDisk.md
String | Cloud Disk System Disk type, supports hdd.std1, ssd.gp1 and ssd.io1 => values hdd.std1|ssd.gp1|ssd.io1  // corpus/jdcloud-en/JCS-for-Kubernetes/NodeGroup/createNodeGroup.md
String | Search direction, default both and available values are up, down and both => default both; values up|down|both  // corpus/jdcloud-en/Log-Service/LogSearch-APIs/searchLogContext.md
Integer | The data entries displayed on each page, which is 10 by default, with value range: 10, 20, 30, 50, 100 => default 10; values 10|20|30|50|100  // corpus/jdcloud-en/RDS/Binlog/describeBinlogs.md
String | 资源的类型，取值vm, lb, ip, database 等 => -  // corpus/jdcloud-cn/Monitoring/Monitoring-Items-APIs/describeMetricData.md
String | 子网网段，vpc内子网网段不能重叠，cidr的取值范围：10.0.0.0/8、172.16.0.0/12和192.168.0.0/16及它们包含的子网，且子网掩码长度为16-28之间，如果vpc含有cidr，则必须为vpc所在cidr的子网 => -  // corpus/jdcloud-cn/Virtual-Private-Cloud/Subnet/createSubnet.md
String | 实例模板ID。指定此参数后，如实例模板中参数不另行指定将默认以模板配置创建实例，如指定则以指定值为准创建。\n指定 `agId` 时此参数无效。 => -  // seeds/003_86e75c99b2d03144.txt
String | 计费模式，取值为：prepaid_by_duration 表示预付费 => -  // seeds/001_d87df0b3a2c75c2b.txt
String | 磁盘类型。\n**系统盘**：此参数无须指定，其类型取决于镜像类型。\n**数据盘**：可选值：`cloud`：云硬盘，数据盘仅支持云硬盘。 => -  // seeds/003_86e75c99b2d03144.txt
String | Transcoding Output Audio Format:\n- Value: aac_lc, aac_low, aac_he, aac_he_v2\n- Case Insensitive => -  // corpus/jdcloud-en/Live-Video/Live-Video/describeCustomLiveStreamTranscodeTemplates.md
String | 实例名称。长度为2~128个字符，只允许中文、数字、大小写字母、英文下划线（_）、连字符（-）及点（.），不能以（.）作为首尾。\n批量创建多台实例时，可在name中非首位位置以[start_number]格式来设置有序name。start_number为起始序号，其位数代表编号字符位数，范围：[0,9999]。详情参见[为实例设置有序名称及Hostname]()。 => min_len 2; max_len 128  // seeds/003_86e75c99b2d03144.txt
String | 用于保证请求的幂等性。由客户端生成，并确保不同请求中该参数唯一，长度不能超过64个字符。 => max_len 64  // seeds/003_86e75c99b2d03144.txt
String | 实例描述。256字符以内。 => max_len 256  // seeds/003_86e75c99b2d03144.txt
String | 缓存redis实例名称，只支持数字、字母、英文下划线、中文，且不少于2字符不超过32字符 => min_len 2; max_len 32  // corpus/jdcloud-cn/JCS-for-Redis/JCS-for-Redis-Instance-APIs/createCacheInstance.md
String | 私有网络名称，取值范围：1-60个中文、英文大小写的字母、数字和下划线分隔符 => min_len 1; max_len 60  // corpus/jdcloud-cn/Virtual-Private-Cloud/Peering-Connection/createVpcPeering.md
String | Generated by the client to guarantee idempotence of request, and the length cannot exceed 36 characters;\n\nif multiple requests use the same clientToken, only the first request will be executed and the following requests will directly return the result of the first request => max_len 36  // seeds/002_09a0eb6dcccb77a2.txt
String | The policy document consists of 6,144 characters at most => max_len 6144  // corpus/jdcloud-en/IAM/Policy-Management/createPolicy.md
String | Name of the cloud disk service. Only Chinese, numbers, uppercase and lowercase letters, English underline "_" and line-through "-" are allowed. It is not allowed to be blank and shall not exceed 32 characters. => max_len 32  // corpus/jdcloud-en/Cloud-Disk-Service/CDS-APIs/describeDisks.md
String | 实例hostname。若不指定hostname，则默认以实例名称 `name` 作为hostname，但是会以RFC 952和RFC 1123命名规范做一定转义。\n**Windows系统**：长度为2~15个字符，允许大小写字母、数字或连字符（-），不能以连字符（-）开头或结尾，不能连续使用连字符（-），也不能全部使用数字。不支持点号（.）。\n**Linux系统**：长度为2-64个字符，允许支持多个点号，点之间为一段，每段允许使用大小写字母、数字或连字符（-），但不能连续使用点号（.）或连字符（-），不能以点号（.）或连字符（-）开头或结尾。\n批量创建多台实例时，可在hostname中非首位位置以[start_number]格式来设置有序hostname。start_number为起始序号，其位数代表编号字符位数，范围：[0,9999]。详情参见[为实例设置有序名称及Hostname]()。 => -  // seeds/003_86e75c99b2d03144.txt
String | 备份名称\nSQL Server：最长支持64个英文字符或等长的中文字符\nMySQL：只允许数字、小写字母及英文下划线“_”,不超过32字符 => -  // corpus/jdcloud-cn/RDS/Backup-Management/createBackup.md
String | value，字符长度不超过16KB，支持全字符。 => -  // seeds/003_86e75c99b2d03144.txt
String | 开始时间, 只能查询最近 60 天以内的数据, UTC 时间, 格式：yyyy-MM-dd'T'HH:mm:ssZ => -  // corpus/jdcloud-cn/Anti-DDoS-Pro/Anti-DDoS-Pro-Attack-Record-APIs/describeAttackStatistics.md
Tag[] | 自定义实例标签。以key-value键值对形式指定，最多支持10个标签。key不能以 "jrn:" 或“jdc-”开头，仅支持中文、大/小写英文、数字及如下符号：`\_.,:\/=+-@`。 => max_items 10  // seeds/003_86e75c99b2d03144.txt
Metadata[] | 用户自定义元数据。以key-value键值对形式指定，可在实例系统内通过元数据服务查询获取。最多支持40对键值对，且key不超过256字符，value不超过16KB，不区分大小写。\n注意：key不要以连字符(-)结尾，否则此key不生效。 => max_items 40  // seeds/003_86e75c99b2d03144.txt
LabelSpec[] | Tag of Working Node Group, ten tags are supported at most => max_items 10  // corpus/jdcloud-en/JCS-for-Kubernetes/NodeGroup/createNodeGroup.md
String[] | Security group ID list to be associated, a maximum of 5 security groups can be done => max_items 5  // corpus/jdcloud-en/Virtual-Machines/VM/createInstances.md
Resource[] | Collection instance list: At most 20 resources can be added to the jdcloud type; but the custom type supports infinite resource count; => -  // corpus/jdcloud-en/Log-Service/CollectInfo-APIs/createCollectInfo.md
InstanceDiskAttachmentSpec[] | 数据盘配置。单实例最多可挂载云硬盘（系统盘+数据盘）的数量受实例规格的限制。 => -  // seeds/003_86e75c99b2d03144.txt
String | 过滤条件的操作符，默认eq => default eq  // corpus/jdcloud-cn/Cloud-Disk-Service/CDS-APIs/describeDisks.md
Boolean | 是否自动续费，默认否 => default false  // seeds/001_d87df0b3a2c75c2b.txt
Boolean | 云硬盘是否支持一盘多主机挂载，默认为false（不支持） => default false  // corpus/jdcloud-cn/Cloud-Disk-Service/CDS-APIs/createDisks.md
String | Operator of filter requirements is eq by default => default eq  // corpus/jdcloud-en/Availability-Group/Availability-Group/describeAgs.md
Boolean | Create accessKey or not, false by default => default false  // corpus/jdcloud-en/IAM/SubUser-Management/createSubUser.md
String | Aggregation method: max avg min and so on, an aggregation method used for aggregating data of a period within the dimensions to a point, default: last => default last  // corpus/jdcloud-en/Monitoring/Monitoring-Items-APIs/lastDownsample.md
Integer | 是否为自定义端口号，0为默认 1为自定义 => -  // corpus/jdcloud-cn/Anti-DDoS-Pro/Web-Forwarding-Configuration-APIs/createWebRule.md
String | Virtual Machine password is cluster password by default and for the password specification, refer to: [Specification for Public Parameters](https://docs.jdcloud.com/en/virtual-machines/api/general_parameters) => -  // corpus/jdcloud-en/JCS-for-Kubernetes/NodeGroup/createNodeGroup.md
String | 是否允许SSH密码登录，默认为yes；yes：允许SSH密码登录。no：禁止SSH密码登录，这时必须要传keyName。该参数值为yes时，可以不传password，这时自动生成随机密码，并以短信和邮件通知。 => default yes  // seeds/001_d87df0b3a2c75c2b.txt
String | 描述,\u200b 允许输入UTF-8编码下的全部字符，不超过256字符 => max_len 256  // corpus/jdcloud-cn/Virtual-Private-Cloud/Route-Table/createRouteTable.md
"#;

fn ty(name: &str) -> TypeRef {
    match name.strip_suffix("[]") {
        Some(inner) => TypeRef::Array(Box::new(ty(inner))),
        None => match name {
            "String" => TypeRef::String,
            "Integer" => TypeRef::Integer,
            "Long" => TypeRef::Long,
            "Boolean" => TypeRef::Boolean,
            other => TypeRef::Named(other.into()),
        },
    }
}

fn show(c: &Constraint) -> String {
    match &c.kind {
        ConstraintKind::Range {
            min,
            max,
            exclusive_min,
            exclusive_max,
        } => {
            let lo = min.map_or("-∞".to_string(), |v| v.to_string());
            let hi = max.map_or("∞".to_string(), |v| v.to_string());
            let open = if *exclusive_min || min.is_none() {
                '('
            } else {
                '['
            };
            let close = if *exclusive_max || max.is_none() {
                ')'
            } else {
                ']'
            };
            format!("range {open}{lo},{hi}{close}")
        }
        ConstraintKind::AllowedValues { values } => format!("values {}", values.join("|")),
        ConstraintKind::MaxLength { value } => format!("max_len {value}"),
        ConstraintKind::MinLength { value } => format!("min_len {value}"),
        ConstraintKind::MaxItems { value } => format!("max_items {value}"),
        ConstraintKind::Default { value } => format!("default {value}"),
    }
}

/// Whether `needle` occurs in `haystack`, ignoring whitespace and zero-width characters.
fn quotes(haystack: &str, needle: &str) -> bool {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| {
                !c.is_whitespace()
                    && !('\u{200B}'..='\u{200D}').contains(c)
                    && *c != '\u{FEFF}'
                    && *c != '\u{2060}'
            })
            .collect()
    };
    squash(haystack).contains(&squash(needle))
}

#[test]
fn reads_the_constraints_the_pages_state() {
    let mut failures = Vec::new();
    let lines: Vec<&str> = CASES.lines().filter(|l| !l.trim().is_empty()).collect();
    for line in &lines {
        let (case, _page) = line.split_once("  // ").expect("page");
        let (type_name, rest) = case.split_once(" | ").expect("type");
        let (description, expected) = rest.rsplit_once(" => ").expect("expectation");
        let description = description
            .replace("\\n", "\n")
            .replace("\\u200b", "\u{200B}");
        let found = mine(&description, &ty(type_name));
        let shown = found.iter().map(show).collect::<Vec<_>>().join("; ");
        if shown != expected.trim_matches('-') {
            failures.push(format!(
                "{description:?}\n  expected {expected}\n  found    {shown}"
            ));
        }
        for c in found.iter().filter(|c| !quotes(&description, &c.text)) {
            failures.push(format!("{description:?}: text {:?} is not from it", c.text));
        }
    }
    assert!(lines.len() >= 40, "only {} cases", lines.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn kinds_of_field() -> [TypeRef; 4] {
    [
        TypeRef::String,
        TypeRef::Integer,
        TypeRef::Boolean,
        ty("String[]"),
    ]
}

#[test]
fn survives_any_cut_of_a_description() {
    // Every fifth cut of every case, read as one kind of field after another.
    let kinds = kinds_of_field();
    for (n, line) in CASES.lines().enumerate() {
        let text = line.replace("\\n", "\n");
        for (k, (i, _)) in text
            .char_indices()
            .enumerate()
            .filter(|(k, _)| k % 5 == n % 5)
        {
            mine(&text[..i], &kinds[k % 4]);
            mine(&text[i..], &kinds[k % 4]);
        }
    }
    for odd in "| |[|(0,|默认|取值范围：|可选值：\n`|最多|1-|∞|\u{200B}".split('|') {
        assert!(
            kinds_of_field().iter().all(|ty| mine(odd, ty).is_empty()),
            "{odd:?}"
        );
    }
}

/// The gates that skip pattern families are exact: they rest on what `\d` and `(?i)` match,
/// checked here for every character, and on each family needing what its gate looks for,
/// checked on every description of the cases above.
#[test]
fn gates_never_hide_a_match() {
    let digit = Regex::new(r"^\d$").expect("valid regex");
    let letters: String = ["default", "value", "upport"].concat();
    let folds: Vec<(char, Regex)> = letters
        .chars()
        .map(|l| (l, Regex::new(&format!("(?i)^{l}$")).expect("valid regex")))
        .collect();
    let mut buf = [0u8; 4];
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let s: &str = c.encode_utf8(&mut buf);
        assert!(
            !digit.is_match(s) || has_digit(s),
            "{c:?} is a digit to \\d"
        );
        for (l, fold) in &folds {
            assert!(
                !fold.is_match(s) || c.eq_ignore_ascii_case(l),
                "(?i){l} matches {c:?}"
            );
        }
    }
    let numbers = [
        &*BRACKET,
        &*SPAN,
        &*MAX_PHRASE,
        &*MIN_PHRASE,
        &*EXCL_MIN,
        &*EXCL_MAX,
        &*MAX_SUFFIX,
        &*LENGTH_SPAN,
    ];
    let defaults = [&*DEFAULT_CN, &*DEFAULT_EN, &*DEFAULT_BY, &*DEFAULT_MARK];
    let mut seen = [0; 3];
    for line in CASES.lines().filter(|l| l.contains(" | ")) {
        let text = line.replace("\\n", "\n");
        let gated = [
            (has_digit(&text), &numbers[..]),
            (may_state_default(&text), &defaults[..]),
            (may_list_values(&text), &[&*LEAD_IN][..]),
        ];
        for (k, (open, patterns)) in gated.into_iter().enumerate() {
            for p in patterns {
                for m in p.find_iter(&text) {
                    assert!(open, "{p} matches {:?} in {text:?}", m.as_str());
                    seen[k] += 1;
                    // What the gate looks for is inside the match itself.
                    let inner = m.as_str();
                    let again = [
                        has_digit(inner),
                        may_state_default(inner),
                        may_list_values(inner),
                    ];
                    assert!(
                        again[k],
                        "{p} matches {inner:?} without what its gate needs"
                    );
                }
            }
        }
    }
    assert!(
        seen.iter().all(|&n| n > 0),
        "every family matched a case: {seen:?}"
    );
}

/// Every table cell of every page in the shared corpus, read as each kind of field.
#[test]
fn quotes_its_source_in_every_corpus_cell() {
    let root = std::env::var_os("JDCLOUD_CORPUS").map(PathBuf::from);
    let root =
        root.unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"));
    if !root.is_dir() {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "no corpus at {}",
            root.display()
        );
        eprintln!(
            "skipped: no corpus at {} (set JDCLOUD_CORPUS)",
            root.display()
        );
        return;
    }
    let types = kinds_of_field();
    let (mut folders, mut cells) = (vec![root], 0);
    while let Some(folder) = folders.pop() {
        for path in std::fs::read_dir(&folder)
            .expect("readable folder")
            .flatten()
            .map(|e| e.path())
        {
            let page = if path.is_dir() {
                folders.push(path);
                continue;
            } else {
                std::fs::read_to_string(&path).unwrap_or_default()
            };
            for cell in page
                .lines()
                .filter(|l| l.contains('|'))
                .flat_map(|l| l.split('|'))
            {
                let cell = cell
                    .replace("<br>", "\n")
                    .replace("<br/>", "\n")
                    .replace("</br>", "\n");
                for c in types.iter().flat_map(|ty| mine(&cell, ty)) {
                    assert!(
                        quotes(&cell, &c.text),
                        "{}: {:?} is not from {cell:?}",
                        path.display(),
                        c.text
                    );
                }
                cells += 1;
            }
        }
    }
    assert!(cells > 10_000, "only {cells} table cells read");
}
