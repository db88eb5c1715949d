//! Realistic arguments for the operations, in the shape the reference pages document them
//! (values taken from the pages' own request examples where they have any).

use jdcloud_sdk::{coc_vm, edcps, jdfusion, vm};

/// The region every call is made in.
pub const REGION: &str = "cn-north-1";

/// `vm` `createInstances`: a custom instance with an elastic IP, a network interface, cloud
/// system and data disks, tags and a description, the Chinese text as a user would type it.
pub fn vm_instance_spec() -> vm::InstanceSpec {
    let network = vm::NetworkInterfaceSpec::new("subnet-c2p3x8vc9o")
        .with_security_groups(vec!["sg-p2d1y6rkya".to_string()]);
    let system_disk = vm::InstanceDiskAttachmentSpec::new()
        .with_disk_category("cloud")
        .with_cloud_disk_spec(vm::DiskSpec::new(vm::DiskSpecDiskType::SsdGp1, 40));
    let data_disk = vm::InstanceDiskAttachmentSpec::new()
        .with_disk_category("cloud")
        .with_auto_delete(true)
        .with_cloud_disk_spec(vm::DiskSpec::new(vm::DiskSpecDiskType::SsdIo1, 20).with_iops(1000));
    vm::InstanceSpec::new("京东云-e2e-[001]")
        .with_az("cn-north-1a")
        .with_instance_type("g.n2.large")
        .with_image_id("img-m5s0lq4s29")
        .with_hostname("e2e-001")
        .with_password("A1i2n@Apix#")
        .with_key_names(vec!["ssh-key-test".to_string()])
        .with_elastic_ip(vm::ElasticIpSpec::new(5, "bgp"))
        .with_primary_network_interface(
            vm::InstanceNetworkInterfaceAttachmentSpec::new().with_network_interface(network),
        )
        .with_system_disk(system_disk)
        .with_data_disks(vec![data_disk])
        .with_charge(
            vm::ChargeSpec::new()
                .with_charge_mode(vm::ChargeSpecChargeMode::PrepaidByDuration)
                .with_charge_unit(vm::ChargeSpecChargeUnit::Month)
                .with_charge_duration(1)
                .with_auto_renew(true),
        )
        .with_user_tags(vec![vm::Tag::new().with_key("环境").with_value("测试")])
        .with_charge_on_stopped(vm::InstanceSpecChargeOnStopped::KeepCharging)
        .with_description("端到端测试：签名、重试与分页")
}

/// `coc-vm` `createInstances`: every required member, an elastic IP and a data disk.
pub fn coc_vm_instance_spec() -> coc_vm::InstanceSpec {
    let network = coc_vm::NetworkInterfaceSpec::new(
        "vpc-4nt9tbzbnq",
        "subnet-c2p3x8vc9o",
        vec![coc_vm::SecurityGroupCreate::new("sg-p2d1y6rkya").with_group_name("default")],
    );
    coc_vm::InstanceSpec::new(
        "cn-north-1a",
        "c.n1.large",
        "img-m5s0lq4s29",
        "合作云主机-e2e",
        network,
        coc_vm::InstanceDiskAttachmentSpec::new("ssd").with_disk_size_gb(40),
    )
    .with_password("A1i2n@Apix#")
    .with_elastic_ip_spec(coc_vm::ElasticIpSpec::new(10, "bgp"))
    .with_data_disks(vec![
        coc_vm::InstanceDiskAttachmentSpec::new("premium-hdd").with_disk_size_gb(100)
    ])
    .with_charge(
        coc_vm::ChargeSpec::new()
            .with_charge_unit(coc_vm::ChargeSpecChargeUnit::Month)
            .with_charge_duration(1),
    )
}

/// `edcps` `createInstances`: a server in a VPC with internet access, paid monthly.
pub fn edcps_instance_spec() -> edcps::InstanceSpec {
    edcps::InstanceSpec::new(
        "cn-north-1a",
        "edcps.c.normal1",
        edcps::InstanceSpecImageType::Standard,
        "bmeg-centos-7.6",
        "r-sys-raid1",
        "r-data-raid10",
        edcps::InstanceSpecNetworkType::Vpc,
        "分布式物理机-e2e",
        1,
        edcps::ChargeSpec::new()
            .with_charge_mode(edcps::ChargeSpecChargeMode::PrepaidByDuration)
            .with_charge_unit(edcps::ChargeSpecChargeUnit::Month)
            .with_charge_duration(1),
    )
    .with_hostname("edcps-e2e")
    .with_subnet_id("subnet-c2p3x8vc9o")
    .with_enable_internet(edcps::InstanceSpecEnableInternet::Yes)
    .with_line_type("bgp")
    .with_bandwidth(10)
    .with_password("A1i2n@Apix#")
    .with_description("端到端测试")
}

/// `jdfusion` `createVmInstance`: one VM on a registered cloud.
pub fn jdfusion_request() -> jdfusion::CreateVmReq {
    jdfusion::CreateVmReq::new().with_vms(
        jdfusion::CreateVm::new(
            "img-m5s0lq4s29",
            "g.n2.medium",
            "融合云主机-e2e",
            "subnet-c2p3x8vc9o",
        )
        .with_az("cn-north-1a")
        .with_description("端到端测试")
        .with_key_names(vec!["ssh-key-test".to_string()])
        .with_system_disk(
            jdfusion::SystemDisk::new()
                .with_category("cloud_ssd")
                .with_disk_size(40),
        )
        .with_tags(vec![jdfusion::Tag::new()
            .with_tag_key("环境")
            .with_tag_value("测试")]),
    )
}

/// The `x-jdcloud-fusion-cloudid` header of `jdfusion` calls.
pub const FUSION_CLOUD_ID: &str = "aliyun-京东-01";

/// An instance ID made of every character that needs escaping in a path, and some Chinese:
/// it must arrive intact and signed as sent.
pub const RESERVED_ID: &str = "i-a/b c?d#e%f:g@h+i&j=k;l,m~n'o(p)q*r!s$t[u]v{w}x|y^z`\"<>\\中";

/// Filter values a user may type: reserved characters, spaces, Chinese.
pub const AWKWARD_VALUE: &str = "a&b=c d/e+f?g#h%i;j 京东";

/// Arguments for the operations generated from the corpus.
#[cfg(e2e_corpus)]
pub mod corpus {
    use crate::corpus::cn::disk;
    use crate::corpus::en::vm;

    /// `filters` of `describeInstances`: two filters, several values, an operator.
    pub fn vm_filters() -> Vec<vm::Filter> {
        vec![
            vm::Filter::new(
                "az",
                vec!["cn-north-1a".to_string(), "cn-north-1b".to_string()],
            ),
            vm::Filter::new("name", vec![super::AWKWARD_VALUE.to_string()]).with_operator("like"),
        ]
    }

    /// `filters` of `describeDisks`.
    pub fn disk_filters() -> Vec<disk::Filter> {
        vec![disk::Filter::new(
            "diskType",
            vec!["ssd".to_string(), "premium-hdd".to_string()],
        )]
    }

    /// `tags` of `describeDisks`: objects that hold arrays.
    pub fn disk_tags() -> Vec<disk::TagFilter> {
        vec![
            disk::TagFilter::new("环境", vec!["测试".to_string(), "生产".to_string()]),
            disk::TagFilter::new("team", vec![super::AWKWARD_VALUE.to_string()]),
        ]
    }

    /// `diskSpec` of `createDisks`.
    pub fn disk_spec() -> disk::DiskSpec {
        disk::DiskSpec::new("cn-north-1a", 40, disk::DiskSpecDiskType::Ssd, "数据盘-e2e")
            .with_description("端到端测试")
    }
}
