//! VM (`vm`), `https://vm.jdcloud-api.com/v1`.
//!
//! VM instance, image, instance type, instance template, quota-related APIs
//!
//! Operations:
//!
//! - `associateElasticIp` — 为云主机主网卡下的主内网IP绑定弹性公网IP。
//!
//! - `attachDisk` — Attach a data disk (cloud hard disk) for a virtual machine,  and the virtual machine and the cloud disk service are not attached when they are in progress.
//!
//! - `attachNetworkInterface` — 云主机挂载一块弹性网卡。
//!
//! - `copyImages` — Image inter-domain replication, copy private images to other regions, allowing  you to operate your private image only.
//!
//! - `createImage` — 为云主机创建私有镜像。
//!
//! - `createInstanceTemplate` — Create an enabling template of the specified parameter, which contains most of the configuration parameters during VM instance creation, for avoiding repeated work during each VM instance creation.
//!
//! - `createInstances` — Create one or more virtual machines with the assigned configuration, with the creation divided into three modes: 1.
//!
//! - `createKeypair` — Create key pairs.
//!
//! - `deleteImage` — 删除一个私有镜像，只允许操作您的个人私有镜像。
//!
//! - `deleteInstance` — Delete a single virtual machine that is paid by configuration,  or expires in a monthly package.
//!
//! - `deleteKeypair` — Delete key pairs.
//!
//! - `describeImage` — 查询镜像详情。
//!
//! - `describeImageConstraints` — 查询镜像的实例规格限制。
//!
//! - `describeImageConstraintsBatch` — 批量查询镜像的实例规格限制。
//!
//! - `describeImageMembers` — 查询镜像共享帐户列表，只允许操作您的个人私有镜像。
//!
//! - `describeImages` — Query the image information list.
//!
//! - `describeInstance` — Query details for a VM
//!
//! - `describeInstancePrivateIpAddress` — 批量查询云主机内网IP地址，查询的是主网卡内网主IP地址。
//!
//! - `describeInstanceStatus` — Batch Query VM Status
//!
//! - `describeInstanceTypes` — Query instance type list.
//!
//! - `describeInstanceVncUrl` — 获取云主机vnc，用于连接管理云主机。
//!
//! - `describeInstances` — Batch query of virtual machine details
//!
//! - `describeKeypairs` — Query secret key pairs in batches.
//!
//! - `describeQuotas` — Current support to query the quota of VM, image, key pair, launch template and image share operation.
//!
//! - `detachDisk` — 云主机缷载数据盘，云主机和云硬盘没有正在进行中的任务时才可缷载。
//!
//! - `detachNetworkInterface` — 云主机缷载一块弹性网卡。
//!
//! - `disassociateElasticIp` — 云主机解绑弹性公网IP，解绑的是主网卡、内网主IP对应的弹性公网IP。
//!
//! - `importKeypair` — Import public key parts of key pairs produced by other tools.
//!
//! - `modifyImageAttribute` — 修改镜像信息，包括名称、描述；只允许操作您的个人私有镜像。
//!
//! - `modifyInstanceAttribute` — Modify certain VM information, including name and description.
//!
//! - `modifyInstanceDiskAttribute` — 修改云主机挂载的数据盘属性，包括是否随主机删除。
//!
//! - `modifyInstanceNetworkAttribute` — 修改虚机弹性网卡属性，包括是否随云主机一起删除。
//!
//! - `modifyInstancePassword` — 修改云主机密码，主机没有正在进行中的任务时才可操作。
//!
//! - `rebootInstance` — 重启单个云主机，只能重启**running**状态的云主机，云主机没有正在进行中的任务才可重启。
//!
//! - `rebuildInstance` — 云主机使用指定镜像重置云主机系统
//!
//! - `resizeInstance` — 云主机变更实例规格
//!
//! - `shareImage` — Shared Image allows you to operate only your private image, and a single image can be shared for up to 20 JD Cloud accounts.
//!
//! - `startInstance` — 启动单个云主机，只能启动**stopped**状态的云主机，云主机没有正在进行中的任务才可启动。
//!
//! - `stopInstance` — When stop a single VM, only the VM in **running** status can be stopped, and the VM can only be stopped without any ongoing task
//!
//! - `unShareImage` — 取消共享镜像，只允许操作您的个人私有镜像。
//!
//! - `verifyInstanceTemplate` — Verify the effectiveness of enabling templates
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `vm` service.
///
/// Create one from a [`Config`](crate::runtime::Config) and call the operations; each returns a request builder whose `send` performs the call.
#[derive(Debug, Clone)]
pub struct Client {
    config: crate::runtime::Config,
}
impl Client {
    /// A client that sends with the given configuration (credentials, endpoint, retries).
    pub fn new(config: &crate::runtime::Config) -> Self {
        Self {
            config: config.clone(),
        }
    }
    /// The configuration this client sends with.
    pub fn config(&self) -> &crate::runtime::Config {
        &self.config
    }
    /// 为云主机主网卡下的主内网IP绑定弹性公网IP。
    ///
    /// 一台云主机只能绑定一个弹性公网IP(主网卡)，若主网卡已存在弹性公网IP，会返回错误。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:associateElasticIp`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/associateElasticIp.md` *line 1.*
    pub fn associate_elastic_ip(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        elastic_ip_id: impl ::std::convert::Into<::std::string::String>,
    ) -> AssociateElasticIp {
        AssociateElasticIp {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            elastic_ip_id: elastic_ip_id.into(),
        }
    }
    /// Attach a data disk (cloud hard disk) for a virtual machine,  and the virtual machine and the cloud disk service are not attached when they are in progress.
    ///
    /// The virtual machine status must be running or stopped status.
    ///
    /// The VM of the local disk as system disk can be attached with eight data disks, and the VM of cloud disk service can be attached with seven data disks.
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:attachDisk`
    ///
    /// **中文**
    ///
    /// 为一台云主机挂载一块数据盘(云硬盘)，云主机和云硬盘没有正在进行中的的任务时才可挂载。
    ///
    /// 云主机状态必须是**running**或**stopped**状态。
    ///
    /// 本地盘(local类型)做系统盘的云主机可挂载8块数据盘，云硬盘(cloud类型)做系统盘的云主机可挂载7块数据盘。
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/attachDisk.md` *line 1.*
    pub fn attach_disk(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        disk_id: impl ::std::convert::Into<::std::string::String>,
    ) -> AttachDisk {
        AttachDisk {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            auto_delete: ::std::option::Option::None,
            device_name: ::std::option::Option::None,
            disk_id: disk_id.into(),
        }
    }
    /// 云主机挂载一块弹性网卡。
    ///
    /// 云主机状态必须为**running**或**stopped**状态，并且没有正在进行中的任务才可操作。
    ///
    /// 弹性网卡上如果绑定了公网IP，那么公网IP所在az需要与云主机的az保持一致，或者公网IP属于全可用区，才可挂载。
    ///
    /// 云主机挂载弹性网卡的数量，不能超过实例规格的限制。可查询[DescribeInstanceTypes](http://docs.jdcloud.com/virtual-machines/api/describeinstancetypes)接口获得指定规格可挂载弹性网卡的数量上限。
    ///
    /// 弹性网卡与云主机必须在相同vpc下。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:attachNetworkInterface`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/attachNetworkInterface.md` *line 1.*
    pub fn attach_network_interface(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> AttachNetworkInterface {
        AttachNetworkInterface {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            auto_delete: ::std::option::Option::None,
            network_interface_id: network_interface_id.into(),
        }
    }
    /// Image inter-domain replication, copy private images to other regions, allowing  you to operate your private image only.
    ///
    /// Only the image operations of cloud system disk with rootDeviceType as cloudDisk are supported.
    ///
    /// `POST /v1/regions/{regionId}/images:copyImages`
    ///
    /// **中文**
    ///
    /// 镜像跨区复制，将私有镜像复制到其它地域下，只允许操作您的个人私有镜像。
    ///
    /// 只支持rootDeviceType为cloudDisk的云硬盘系统盘镜像操作。
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/copyImages.md` *line 1.*
    pub fn copy_images(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        source_image_ids: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        destination_region: impl ::std::convert::Into<::std::string::String>,
    ) -> CopyImages {
        CopyImages {
            config: self.config.clone(),
            region_id: region_id.into(),
            source_image_ids: source_image_ids.into(),
            destination_region: destination_region.into(),
        }
    }
    /// 为云主机创建私有镜像。云主机状态必须为**stopped**。
    ///
    /// 云主机没有正在进行中的任务才可制作镜像。
    ///
    /// 制作镜像以备份系统盘为基础，在此之上可选择全部或部分挂载数据盘制作整机镜像（如不做任何更改将默认制作整机镜像），制作镜像过程会为所挂载云硬盘创建快照并与镜像关联。
    ///
    /// 调用接口后，需要等待镜像状态变为**ready**后，才能正常使用镜像。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:createImage`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/createImage.md` *line 1.*
    pub fn create_image(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        description: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateImage {
        CreateImage {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            data_disks: ::std::option::Option::None,
            description: description.into(),
            name: name.into(),
        }
    }
    /// Create an enabling template of the specified parameter, which contains most of the configuration parameters during VM instance creation, for avoiding repeated work during each VM instance creation.
    ///
    /// When Virtual Machines are created with enabling templates, the newly specified parameter will replace the parameters in the template, if some specified parameters conflict with the parameters in the template.
    ///
    /// When Virtual Machines are created with enabling templates, the dataDisks parameter in the template will be invalid, if the specified image ID is inconsistent with the image ID in the template.
    ///
    /// If Availability Group (Ag) is used to create Virtual Machines, the parameters in the template related to Ag cannot be adjusted, and only the template shall prevail.
    ///
    /// `POST /v1/regions/{regionId}/instanceTemplates`
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/createInstanceTemplate.md` *line 1.*
    pub fn create_instance_template(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_template_data: impl ::std::convert::Into<InstanceTemplateSpec>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateInstanceTemplate {
        CreateInstanceTemplate {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_template_data: instance_template_data.into(),
            name: name.into(),
            description: ::std::option::Option::None,
        }
    }
    /// Create one or more virtual machines with the assigned configuration, with the creation divided into three modes: 1. common mode, 2. using high availability group, and 3. using startup template. In three modes, when the virtual machine instance is created, the required and optional parameters are different. See details in [Detailed Instructions of Parameters](http://docs.jdcloud.com/virtual-machines/api/create_vm_sample)
    ///
    /// - Creating a VM requires real-name verification
    ///
    /// - Instance Type
    ///
    /// - Can query the API [DescribeInstanceTypes](http://docs.jdcloud.com/virtual-machines/api/describeinstancetypes) to get specification information for a specified region or availability zone.
    ///
    /// - It is not possible to use an off-line, or a sold out instance type.
    ///
    /// - image
    ///
    /// - Windows Server 2012 R2 Standard Version 64-bit Chinese Version SQL Server 2014 Standard Version SP2 memory shall be larger than 1GB;
    ///
    /// - All Windows Server all image cannot selecte an instance type that has exceeded 64 cores vCPU.
    ///
    /// - Can query the API [DescribeImages](http://docs.jdcloud.com/virtual-machines/api/describeimages) to get image information for a specified region.
    ///
    /// - The selected image must support the seled instance type. Can query the API [DescribeImageConstraints](http://docs.jdcloud.com/virtual-machines/api/describeimageconstraints)  to get instance type limit information for the specified image.
    ///
    /// - Network Instance Type
    ///
    /// - Specify primary network interface configuration information
    ///
    /// - SubnetId must be specified
    ///
    /// - You can specify the EIP specification to constrain the EIP to be created, the bandwidth value range is \[1-100\] Mbps, and the step size is 1 Mbps
    ///
    /// - The primary private IP (primaryIpAddress) of primary network interface can be specified, and then the maxCount can only be 1
    ///
    /// - The security group (securityGroup) needs to be within the same VPC as the the subnet (Subnet)
    ///
    /// - At least one security group must be specified when a VM is created, and at most 5 security groups can be specified. If no security group is specified, the default security group is used by default.
    ///
    /// - The primary network interface deviceIndex will be set to 1
    ///
    /// - Storage
    ///
    /// - System Disk
    ///
    /// - Disk classification, system disk support local or cloud
    ///
    /// - Disk Size
    ///
    /// - local: Unable to specify size, the default size is 40GB
    ///
    /// - cloud: Value range: 40-500GB, and cannot be smaller than the minimum system disk size of image; if not specified, the default is the system disk size in the image
    ///
    /// - Auto-delete
    ///
    /// - For a local disk, the default value is True, and this attribute cannot be modified
    ///
    /// - For a cloud disk paid by configuration,  the default value is True
    ///
    /// - Data Disk
    ///
    /// - Disk classification, data disks only support cloud
    ///
    /// - The type of cloud disk can be ssd or premium-hdd
    ///
    /// - Disk Size
    ///
    /// - premium-hdd: Range\[20, 3000\] GB, Step Size: 10G
    ///
    /// - ssd: Range\[20, 1000\] GB, Step Size: 10G
    ///
    /// - Auto-delete
    ///
    /// - True by default. For a cloud disk under the monthly package, this parameter does not take effect
    ///
    /// - A snapshotId can be specified to create a cloud disk
    ///
    /// - You can create a disk from a snapshot
    ///
    /// - The VM with a local disk as its system disk can attach with 8 cloud disks
    ///
    /// - The VM with a cloud disk as its system disk can attach with another 7 cloud disks
    ///
    /// - Billing
    ///
    /// - Billing mode of EIP. You may choose pay by consumption separately, or the billing modes will be subject to the VM.
    ///
    /// - The billing mode of the cloud disks is subject to the VM
    ///
    /// - Others
    ///
    /// - After the creation is complete, the VM status is running
    ///
    /// - Only the Linux system VM can specify a key pair
    ///
    /// - maxCount means maximum effort, and it is not guaranteed that the maxCount can be reached
    ///
    /// - The VM's az will replace the az attribute of the cloud disk
    ///
    /// - Password
    ///
    /// - [Refer to the public parameter specification](http://docs.jdcloud.com/virtual-machines/api/general_parameters)
    ///
    /// `POST /v1/regions/{regionId}/instances`
    ///
    /// **中文**
    ///
    /// 创建一台或多台指定配置的云主机实例。
    ///
    /// 实例有三种创建方式，不同方式下传参详见下方的请求参数说明，也可参考请求示例。
    ///
    /// 1、自定义创建：按配置要求逐一指定参数创建；
    ///
    /// 2、使用实例模板创建：[实例模板](https://docs.jdcloud.com/virtual-machines/instance-template-overview)是实例配置信息的预配置，通过实例模板可快速创建实例，省去逐一配置参数的步骤。指定实例模板创建时，如不额外指定模板包含的参数将以模板为准创建实例，模板中未包含的参数，如可用区、内网IPv4地址、名称等仍需指定；
    ///
    /// 3、基于高可用组创建：[高可用组](https://docs.jdcloud.com/availability-group/product-overview)是一种高可用部署解决方案，提供了组内实例在数据中心内横跨多个故障域均衡部署的机制。高可用组须搭配实例模板使用，基于高可用组创建的实例将在其指定的可用区内以实例模板配置按一定分散机制创建实例。此创建方式下，实例创建参数除内网IPv4地址、名称等外均以实例模板为准且不支持再次指定。
    ///
    /// 详细操作说明请参考帮助文档：[创建实例](https://docs.jdcloud.com/cn/virtual-machines/create-instance)
    ///
    /// - 创建实例前，请参考 [创建前准备](https://docs.jdcloud.com/virtual-machines/account-preparation-linux) 完成实名认证、支付方式确认、计费类型选择等准备工作。
    ///
    /// - 创建实例的配置说明和选择指导，请参考 [配置项说明](https://docs.jdcloud.com/cn/virtual-machines/select-configuration-linux)。
    ///
    /// - 各地域下实例及关联资源（云硬盘、弹性公网IP）的可创建数量受配额限制，创建前请通过 [DescribeQuotas](https://docs.jdcloud.com/cn/virtual-machines/api/describequotas?content=API) 确认配额，如须提升请 [提交工单](https://ticket.jdcloud.com/applyorder/submit) 或联系京东云客服。
    ///
    /// - 不同地域及可用区下售卖的实例规格有差异，可通过 [DescribeInstanceTypes](https://docs.jdcloud.com/virtual-machines/api/describeinstancetypes?content=API) 查询在售规格及规格详细信息。
    ///
    /// - 通过本接口创建包年包月实例时将自动从账户扣款（代金券优先），如需使用第三方支付方式请通过控制台创建。
    ///
    /// - 单次请求最多支持创建 `100` 台实例。
    ///
    /// - 本接口为异步接口，请求下发成功后会返回RequestId和实例ID，此时实例处于 `Pending`（创建中）状态。如创建成功则实例自动变为 `Running`（运行中）状态；如创建失败则短暂处于 `Error`（错误）状态，随后将自动删除（创建失败的实例不会收费且会自动释放占用的配额）。实例状态可以通过 [describeInstanceStatus](https://docs.jdcloud.com/virtual-machines/api/describeinstancestatus?content=API) 接口查询。
    ///
    /// - 批量创建多台实例时系统将尽可能完成目标创建数量，但受底层资源、配额等因素影响，可能存在部分成功部分失败的情况，还请关注最终完成数量，如有失败情况请尝试重新申请或联系客服。
    ///
    /// *Documented in* `specs/vm/zh/seed/createInstances.md` *line 1.*
    pub fn create_instances(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_spec: impl ::std::convert::Into<InstanceSpec>,
    ) -> CreateInstances {
        CreateInstances {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_spec: instance_spec.into(),
            max_count: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
        }
    }
    /// Create key pairs. The public key part is stored in JD Cloud, and the private key in PKCS#8 format of the unencrypted PEM code will be returned. You only have on opportunity to save your private key. Please appropriately keep your private key.
    ///
    /// If the existed key pair name is uploaded, errors will be returned.
    ///
    /// `POST /v1/regions/{regionId}/keypairs`
    ///
    /// **中文**
    ///
    /// 创建ssh密钥对。公钥部分存储在京东云，并返回未加密的 PEM 编码的 PKCS#8 格式私钥，您只有一次机会保存您的私钥。请妥善保管。
    ///
    /// 若传入已存在的密钥名称，会返回错误。
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/createKeypair.md` *line 1.*
    pub fn create_keypair(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        key_name: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateKeypair {
        CreateKeypair {
            config: self.config.clone(),
            region_id: region_id.into(),
            key_name: key_name.into(),
        }
    }
    /// 删除一个私有镜像，只允许操作您的个人私有镜像。
    ///
    /// 若镜像已共享给其他用户，需先取消共享才可删除。
    ///
    /// `DELETE /v1/regions/{regionId}/images/{imageId}`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/deleteImage.md` *line 1.*
    pub fn delete_image(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteImage {
        DeleteImage {
            config: self.config.clone(),
            region_id: region_id.into(),
            image_id: image_id.into(),
        }
    }
    /// Delete a single virtual machine that is paid by configuration,  or expires in a monthly package. You cannot delete a virtual machine without billing information.
    ///
    /// The virtual machine status must be **running**,  **stopped**,  **error**,  and the virtual machine is not in progress to delete.
    ///
    /// The virtual machine that has not expired in monthly package cannot be deleted. The white list user cannot delete the virtual machine that has expired in monthly package.
    ///
    /// If the data disk attached in the machine is the cloud disk billed by instance type and is not a shared cloud disk service, and the AutoDelete property is true, then the data disk is deleted along with the machine.
    ///
    /// 敏感操作，可开启[MFA操作保护](https://www.jdcloud.com/help/detail/3786/isCatalog/1)
    ///
    /// `DELETE /v1/regions/{regionId}/instances/{instanceId}`
    ///
    /// **中文**
    ///
    /// 删除按配置计费、或包年包月已到期的单个云主机。不能删除没有计费信息的云主机。
    ///
    /// 云主机状态必须为运行**running**、停止**stopped**、错误**error**，同时云主机没有正在进行中的任务才可删除。
    ///
    /// 包年包月未到期的云主机不能删除。
    ///
    /// 如果主机中挂载的数据盘为按配置计费的云硬盘，并且不是共享型云硬盘，并且AutoDelete属性为true，那么数据盘会随主机一起删除。
    ///
    /// 敏感操作，可开启[MFA操作保护](https://docs.jdcloud.com/IAM/Operation-Protection)
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/deleteInstance.md` *line 1.*
    pub fn delete_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteInstance {
        DeleteInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// Delete key pairs.
    ///
    /// `DELETE /v1/regions/{regionId}/keypairs/{keyName}`
    ///
    /// **中文**
    ///
    /// 删除ssh密钥对。
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/deleteKeypair.md` *line 1.*
    pub fn delete_keypair(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        key_name: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteKeypair {
        DeleteKeypair {
            config: self.config.clone(),
            region_id: region_id.into(),
            key_name: key_name.into(),
        }
    }
    /// 查询镜像详情。
    ///
    /// `GET /v1/regions/{regionId}/images/{imageId}`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeImage.md` *line 1.*
    pub fn describe_image(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeImage {
        DescribeImage {
            config: self.config.clone(),
            region_id: region_id.into(),
            image_id: image_id.into(),
        }
    }
    /// 查询镜像的实例规格限制。
    ///
    /// 通过此接口可以查看镜像不支持的实例规格。只有官方镜像、第三方镜像有实例规格的限制，个人的私有镜像没有此限制。
    ///
    /// `GET /v1/regions/{regionId}/images/{imageId}/constraints`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeImageConstraints.md` *line 1.*
    pub fn describe_image_constraints(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeImageConstraints {
        DescribeImageConstraints {
            config: self.config.clone(),
            region_id: region_id.into(),
            image_id: image_id.into(),
        }
    }
    /// 批量查询镜像的实例规格限制。
    ///
    /// 通过此接口可以查看镜像不支持的实例规格。只有官方镜像、第三方镜像有实例规格的限制，个人的私有镜像没有此限制。
    ///
    /// `GET /v1/regions/{regionId}/imageConstraints`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeImageConstraintsBatch.md` *line 1.*
    pub fn describe_image_constraints_batch(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeImageConstraintsBatch {
        DescribeImageConstraintsBatch {
            config: self.config.clone(),
            region_id: region_id.into(),
            ids: ::std::option::Option::None,
        }
    }
    /// 查询镜像共享帐户列表，只允许操作您的个人私有镜像。
    ///
    /// `GET /v1/regions/{regionId}/images/{imageId}/members`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeImageMembers.md` *line 1.*
    pub fn describe_image_members(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeImageMembers {
        DescribeImageMembers {
            config: self.config.clone(),
            region_id: region_id.into(),
            image_id: image_id.into(),
        }
    }
    /// Query the image information list.
    ///
    /// This interface allows you to query an public image of JD cloud,  a third-party image,  a private image,  or an image that other users share to you.
    ///
    /// This API supports paging query with 20 items per page by default.
    ///
    /// `GET /v1/regions/{regionId}/images`
    ///
    /// **中文**
    ///
    /// 查询镜像信息列表。
    ///
    /// 通过此接口可以查询到京东云官方镜像、第三方镜像、私有镜像、或其他用户共享给您的镜像。
    ///
    /// 此接口支持分页查询，默认每页20条。
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeImages.md` *line 1.*
    pub fn describe_images(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeImages {
        DescribeImages {
            config: self.config.clone(),
            region_id: region_id.into(),
            ids: ::std::option::Option::None,
            image_source: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            platform: ::std::option::Option::None,
            root_device_type: ::std::option::Option::None,
            status: ::std::option::Option::None,
        }
    }
    /// Query details for a VM
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}`
    ///
    /// **中文**
    ///
    /// 查询一台云主机的详细信息
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstance.md` *line 1.*
    pub fn describe_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstance {
        DescribeInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 批量查询云主机内网IP地址，查询的是主网卡内网主IP地址。
    ///
    /// `GET /v1/regions/{regionId}/instancePrivateIpAddress`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstancePrivateIpAddress.md` *line 1.*
    pub fn describe_instance_private_ip_address(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstancePrivateIpAddress {
        DescribeInstancePrivateIpAddress {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// Batch Query VM Status
    ///
    /// `GET /v1/regions/{regionId}/instanceStatus`
    ///
    /// **中文**
    ///
    /// 批量查询云主机状态
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/describeInstanceStatus.md` *line 1.*
    pub fn describe_instance_status(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstanceStatus {
        DescribeInstanceStatus {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// Query instance type list.
    ///
    /// `GET /v1/regions/{regionId}/instanceTypes`
    ///
    /// **中文**
    ///
    /// 查询实例规格信息列表
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/describeInstanceTypes.md` *line 1.*
    pub fn describe_instance_types(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstanceTypes {
        DescribeInstanceTypes {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
        }
    }
    /// 获取云主机vnc，用于连接管理云主机。
    ///
    /// vnc地址的有效期为1个小时，调用接口获取vnc地址后如果1个小时内没有使用，vnc地址自动失效，再次使用需要重新获取。
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/vnc`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstanceVncUrl.md` *line 1.*
    pub fn describe_instance_vnc_url(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstanceVncUrl {
        DescribeInstanceVncUrl {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// Batch query of virtual machine details
    ///
    /// This API supports paging query with 20 items per page by default.
    ///
    /// `GET /v1/regions/{regionId}/instances`
    ///
    /// **中文**
    ///
    /// 批量查询云主机的详细信息
    ///
    /// 此接口支持分页查询，默认每页20条。
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/describeInstances.md` *line 1.*
    pub fn describe_instances(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstances {
        DescribeInstances {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// Query secret key pairs in batches.
    ///
    /// This interface supports query in pages, with 20 entries per page by default.
    ///
    /// `GET /v1/regions/{regionId}/keypairs`
    ///
    /// **中文**
    ///
    /// 批量查询密钥对。
    ///
    /// 此接口支持分页查询，默认每页20条。
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/describeKeypairs.md` *line 1.*
    pub fn describe_keypairs(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeKeypairs {
        DescribeKeypairs {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// Current support to query the quota of VM, image, key pair, launch template and image share operation.
    ///
    /// `GET /v1/regions/{regionId}/quotas`
    ///
    /// **中文**
    ///
    /// 查询配额，支持：云主机、镜像、密钥、模板、镜像共享
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/describeQuotas.md` *line 1.*
    pub fn describe_quotas(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeQuotas {
        DescribeQuotas {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            image_id: ::std::option::Option::None,
        }
    }
    /// 云主机缷载数据盘，云主机和云硬盘没有正在进行中的任务时才可缷载。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:detachDisk`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/detachDisk.md` *line 1.*
    pub fn detach_disk(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        disk_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DetachDisk {
        DetachDisk {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            disk_id: disk_id.into(),
            force: ::std::option::Option::None,
        }
    }
    /// 云主机缷载一块弹性网卡。
    ///
    /// 云主机状态必须为**running**或**stopped**状态，并且没有正在进行中的任务才可操作。
    ///
    /// 不能缷载主网卡。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:detachNetworkInterface`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/detachNetworkInterface.md` *line 1.*
    pub fn detach_network_interface(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DetachNetworkInterface {
        DetachNetworkInterface {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            network_interface_id: network_interface_id.into(),
        }
    }
    /// 云主机解绑弹性公网IP，解绑的是主网卡、内网主IP对应的弹性公网IP。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:disassociateElasticIp`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/disassociateElasticIp.md` *line 1.*
    pub fn disassociate_elastic_ip(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        elastic_ip_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisassociateElasticIp {
        DisassociateElasticIp {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            elastic_ip_id: elastic_ip_id.into(),
        }
    }
    /// Import public key parts of key pairs produced by other tools.
    ///
    /// If the existed key pair name is uploaded, errors will be returned.
    ///
    /// `POST /v1/regions/{regionId}/keypairs:import`
    ///
    /// **中文**
    ///
    /// 导入由其他工具生成的密钥对的公钥部分。
    ///
    /// 若传入已存在的密钥名称，会返回错误。
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/importKeypair.md` *line 1.*
    pub fn import_keypair(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        key_name: impl ::std::convert::Into<::std::string::String>,
        public_key: impl ::std::convert::Into<::std::string::String>,
    ) -> ImportKeypair {
        ImportKeypair {
            config: self.config.clone(),
            region_id: region_id.into(),
            key_name: key_name.into(),
            public_key: public_key.into(),
        }
    }
    /// 修改镜像信息，包括名称、描述；只允许操作您的个人私有镜像。
    ///
    /// `POST /v1/regions/{regionId}/images/{imageId}:modifyImageAttribute`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/modifyImageAttribute.md` *line 1.*
    pub fn modify_image_attribute(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyImageAttribute {
        ModifyImageAttribute {
            config: self.config.clone(),
            region_id: region_id.into(),
            image_id: image_id.into(),
            description: ::std::option::Option::None,
            name: ::std::option::Option::None,
        }
    }
    /// Modify certain VM information, including name and description.
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:modifyInstanceAttribute`
    ///
    /// **中文**
    ///
    /// 修改云主机部分信息，包括名称、描述。
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/modifyInstanceAttribute.md` *line 1.*
    pub fn modify_instance_attribute(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyInstanceAttribute {
        ModifyInstanceAttribute {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            description: ::std::option::Option::None,
            name: ::std::option::Option::None,
        }
    }
    /// 修改云主机挂载的数据盘属性，包括是否随主机删除。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:modifyInstanceDiskAttribute`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/modifyInstanceDiskAttribute.md` *line 1.*
    pub fn modify_instance_disk_attribute(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyInstanceDiskAttribute {
        ModifyInstanceDiskAttribute {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            data_disks: ::std::option::Option::None,
        }
    }
    /// 修改虚机弹性网卡属性，包括是否随云主机一起删除。
    ///
    /// 不能修改主网卡。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:modifyInstanceNetworkAttribute`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/modifyInstanceNetworkAttribute.md` *line 1.*
    pub fn modify_instance_network_attribute(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyInstanceNetworkAttribute {
        ModifyInstanceNetworkAttribute {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            networks: ::std::option::Option::None,
        }
    }
    /// 修改云主机密码，主机没有正在进行中的任务时才可操作。
    ///
    /// 修改密码后，需要重启云主机后生效。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:modifyInstancePassword`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/modifyInstancePassword.md` *line 1.*
    pub fn modify_instance_password(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        password: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyInstancePassword {
        ModifyInstancePassword {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            password: password.into(),
        }
    }
    /// 重启单个云主机，只能重启**running**状态的云主机，云主机没有正在进行中的任务才可重启。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:rebootInstance`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/rebootInstance.md` *line 1.*
    pub fn reboot_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> RebootInstance {
        RebootInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 云主机使用指定镜像重置云主机系统
    ///
    /// 云主机的状态必须为**stopped**状态。
    ///
    /// 若当前云主机的系统盘类型为local类型，那么更换的镜像必须为localDisk类型的镜像；同理若当前云主机的系统盘为cloud类型，那么更换的镜像必须为cloudDisk类型的镜像。可查询[DescribeImages](http://docs.jdcloud.com/virtual-machines/api/describeimages)接口获得指定地域的镜像信息。
    ///
    /// 若不指定镜像ID，默认使用当前主机的原镜像重置系统。
    ///
    /// 指定的镜像必须能够支持当前主机的实例规格(instanceType)，否则会返回错误。可查询[DescribeImageConstraints](http://docs.jdcloud.com/virtual-machines/api/describeimageconstraints)接口获得指定镜像支持的系统盘类型信息。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:rebuildInstance`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/rebuildInstance.md` *line 1.*
    pub fn rebuild_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        password: impl ::std::convert::Into<::std::string::String>,
    ) -> RebuildInstance {
        RebuildInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            image_id: ::std::option::Option::None,
            key_names: ::std::option::Option::None,
            password: password.into(),
        }
    }
    /// 云主机变更实例规格
    ///
    /// 云主机的状态必须为**stopped**状态。
    ///
    /// 16年创建的云硬盘做系统盘的主机，一代与二代实例规格不允许相互调整。
    ///
    /// 本地盘(local类型)做系统盘的主机，一代与二代实例规格不允许相互调整。
    ///
    /// 使用高可用组(Ag)创建的主机，一代与二代实例规格不允许相互调整。
    ///
    /// 云硬盘(cloud类型)做系统盘的主机，一代与二代实例规格允许相互调整。
    ///
    /// 如果当前主机中的弹性网卡数量，大于新实例规格允许的弹性网卡数量，会返回错误。可查询[DescribeInstanceTypes](http://docs.jdcloud.com/virtual-machines/api/describeinstancetypes)接口获得指定地域及可用区下的实例规格信息。
    ///
    /// 当前主机所使用的镜像，需要支持要变更的目标实例规格，否则返回错误。可查询[DescribeImageConstraints](http://docs.jdcloud.com/virtual-machines/api/describeimageconstraints)接口获得指定镜像的实例规格限制信息。
    ///
    /// 云主机欠费或到期时，无法更改实例规格。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:resizeInstance`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/resizeInstance.md` *line 1.*
    pub fn resize_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
    ) -> ResizeInstance {
        ResizeInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            instance_type: instance_type.into(),
        }
    }
    /// Shared Image allows you to operate only your private image, and a single image can be shared for up to 20 JD Cloud accounts.
    ///
    /// The whole-machine image currently does not support sharing.
    ///
    /// `POST /v1/regions/{regionId}/images/{imageId}:share`
    ///
    /// **中文**
    ///
    /// 共享镜像，只允许操作您的个人私有镜像，单个镜像最多可共享给20个京东云帐户。
    ///
    /// 整机镜像目前不支持共享。
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/shareImage.md` *line 1.*
    pub fn share_image(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ShareImage {
        ShareImage {
            config: self.config.clone(),
            region_id: region_id.into(),
            image_id: image_id.into(),
            pins: ::std::option::Option::None,
        }
    }
    /// 启动单个云主机，只能启动**stopped**状态的云主机，云主机没有正在进行中的任务才可启动。
    ///
    /// 只能启动正常计费状态的云主机。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:startInstance`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/startInstance.md` *line 1.*
    pub fn start_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> StartInstance {
        StartInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// When stop a single VM, only the VM in **running** status can be stopped, and the VM can only be stopped without any ongoing task
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:stopInstance`
    ///
    /// **中文**
    ///
    /// 停止单个云主机，只能停止**running**状态的云主机，云主机没有正在进行中的任务才可停止
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/stopInstance.md` *line 1.*
    pub fn stop_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> StopInstance {
        StopInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 取消共享镜像，只允许操作您的个人私有镜像。
    ///
    /// `POST /v1/regions/{regionId}/images/{imageId}:unshare`
    ///
    /// *Documented in* `specs/vm/zh/jdclouddocs-cn/unShareImage.md` *line 1.*
    pub fn un_share_image(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> UnShareImage {
        UnShareImage {
            config: self.config.clone(),
            region_id: region_id.into(),
            image_id: image_id.into(),
            pins: ::std::option::Option::None,
        }
    }
    /// Verify the effectiveness of enabling templates
    ///
    /// `GET /v1/regions/{regionId}/instanceTemplates/{instanceTemplateId}:verify`
    ///
    /// *Documented in* `specs/vm/en/jdcloudcom-en/verifyInstanceTemplate.md` *line 1.*
    pub fn verify_instance_template(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_template_id: impl ::std::convert::Into<::std::string::String>,
    ) -> VerifyInstanceTemplate {
        VerifyInstanceTemplate {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_template_id: instance_template_id.into(),
        }
    }
}
/// Request builder of `associateElasticIp`, made by [`Client::associate_elastic_ip`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AssociateElasticIp {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    elastic_ip_id: ::std::string::String,
}
impl AssociateElasticIp {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("elasticIpId", &self.elastic_ip_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:associateElasticIp",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("associateElasticIp");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `associateElasticIp` lists. Read one from a service error with [`AssociateElasticIpErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssociateElasticIpErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl AssociateElasticIpErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `attachDisk`, made by [`Client::attach_disk`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AttachDisk {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    auto_delete: ::std::option::Option<bool>,
    device_name: ::std::option::Option<::std::string::String>,
    disk_id: ::std::string::String,
}
impl AttachDisk {
    /// `autoDelete`: Automatically delete this cloud disk service with the machine, False by default. It supports only the cloud disk service that is paid by instance types. This parameter is not valid for a shared type cloud disk service.
    ///
    /// **中文**
    ///
    /// 自动随主机删除此云硬盘，默认为False。仅按配置计费云硬盘支持修改此参数，包年包月云硬盘默认为False且不可修改。如果是共享型云硬盘，此参数无效。
    pub fn auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    /// `deviceName`: The data disk logical attach point \[vda, vdb, vdc, vdd, vde, vdb, vdg, vdh, vdi\], vda required when the system disk is attached.
    ///
    /// **中文**
    ///
    /// 数据盘的逻辑挂载点\[vda,vdb,vdc,vdd,vde,vdf,vdg,vdh,vdi\]，挂载系统盘时vda必传
    pub fn device_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.device_name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.auto_delete {
            body.member("autoDelete", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.device_name {
            body.member("deviceName", value)?;
        }
        body.member("diskId", &self.disk_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:attachDisk",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("attachDisk");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `attachDisk` lists. Read one from a service error with [`AttachDiskErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttachDiskErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl AttachDiskErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `attachNetworkInterface`, made by [`Client::attach_network_interface`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AttachNetworkInterface {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    auto_delete: ::std::option::Option<bool>,
    network_interface_id: ::std::string::String,
}
impl AttachNetworkInterface {
    /// `autoDelete`: 随主机自动删除，默认为False
    pub fn auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.auto_delete {
            body.member("autoDelete", value)?;
        }
        body.member("networkInterfaceId", &self.network_interface_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:attachNetworkInterface",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("attachNetworkInterface");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `attachNetworkInterface` lists. Read one from a service error with [`AttachNetworkInterfaceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttachNetworkInterfaceErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl AttachNetworkInterfaceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `copyImages`, made by [`Client::copy_images`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CopyImages {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    source_image_ids: ::std::vec::Vec<::std::string::String>,
    destination_region: ::std::string::String,
}
impl CopyImages {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("sourceImageIds", &self.source_image_ids)?;
        body.member("destinationRegion", &self.destination_region)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/images:copyImages",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("copyImages");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CopyImagesResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CopyImagesResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `copyImages` lists. Read one from a service error with [`CopyImagesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CopyImagesErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl CopyImagesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createImage`, made by [`Client::create_image`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateImage {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    data_disks: ::std::option::Option<::std::vec::Vec<InstanceDiskAttachmentSpec>>,
    description: ::std::string::String,
    name: ::std::string::String,
}
impl CreateImage {
    /// `dataDisks`: 数据盘列表，可以在实例已挂载数据盘的基础上，额外增加新的快照、空盘、或排除云主机中的数据盘。
    pub fn data_disks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceDiskAttachmentSpec>>,
    ) -> Self {
        self.data_disks = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.data_disks {
            body.member("dataDisks", value)?;
        }
        body.member("description", &self.description)?;
        body.member("name", &self.name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:createImage",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("createImage");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateImageResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateImageResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createImage` lists. Read one from a service error with [`CreateImageErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateImageErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
    /// Any other error.
    Other = 0,
}
impl CreateImageErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            404u16 => Self::NotFound,
            429u16 => Self::TooManyRequests,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createInstanceTemplate`, made by [`Client::create_instance_template`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateInstanceTemplate {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_template_data: InstanceTemplateSpec,
    name: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
}
impl CreateInstanceTemplate {
    /// `description`: Description of enabling template, [refer to the public parameter specification](http://docs.jdcloud.com/virtual-machines/api/general_parameters).
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("instanceTemplateData", &self.instance_template_data)?;
        body.member("name", &self.name)?;
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instanceTemplates",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("createInstanceTemplate");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateInstanceTemplateResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateInstanceTemplateResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createInstanceTemplate` lists. Read one from a service error with [`CreateInstanceTemplateErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateInstanceTemplateErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// Any other error.
    Other = 0,
}
impl CreateInstanceTemplateErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            429u16 => Self::TooManyRequests,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createInstances`, made by [`Client::create_instances`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateInstances {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_spec: InstanceSpec,
    max_count: ::std::option::Option<i32>,
    client_token: ::std::option::Option<::std::string::String>,
}
impl CreateInstances {
    /// `maxCount`: The number of VMs to be purchased; Value range: \[1, 100\], 1 by default.
    ///
    /// **中文**
    ///
    /// 创建实例的数量，不能超过用户配额。
    ///
    /// 取值范围：`[1,100]`；默认值：`1`。
    ///
    /// 如果在弹性网卡中指定了内网IP地址，那么单次创建 `maxCount` 只能是 `1`。
    pub fn max_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.max_count = ::std::option::Option::Some(value.into());
        self
    }
    /// `clientToken`: Used to guarantee the idempotence of the request. Generated by the client with a length of no more than 64 characters.
    ///
    /// When not set, a random token is generated, so that retries of this request are safe.
    ///
    /// **中文**
    ///
    /// 用于保证请求的幂等性。由客户端生成，并确保不同请求中该参数唯一，长度不能超过64个字符。
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("instanceSpec", &self.instance_spec)?;
        if let ::std::option::Option::Some(value) = &self.max_count {
            body.member("maxCount", value)?;
        }
        let client_token = self
            .client_token
            .clone()
            .unwrap_or_else(crate::runtime::new_client_token);
        body.member("clientToken", &client_token)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("createInstances");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        request = request.with_idempotent(true);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateInstancesResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateInstancesResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createInstances` lists. Read one from a service error with [`CreateInstancesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateInstancesErrorKind {
    /// `INVALID_ARGUMENT`.
    ///
    /// - Parameter InstanceSpec.ImageId missing
    InvalidArgument = 508935190,
    /// `FAILED_PRECONDITION`.
    ///
    /// - Disk type 'xx' is out of stock
    FailedPrecondition = 149797007,
    /// `OUT_OF_RANGE`.
    ///
    /// - Maxcount out of range
    OutOfRange = 369612239,
    /// `CONFLICT`.
    ///
    /// - Subnet 'xx' not support ipv6
    Conflict = 850792503,
    /// `NOT_FOUND`.
    ///
    /// - Snapshot 'xx' not found
    NotFound = 200117369,
    /// `QUOTA_EXCEEDED`.
    ///
    /// - Instance quota limit exceeded
    QuotaExceeded = 50826449,
    /// `INTERNAL`.
    ///
    /// - Internal server error
    Internal = 322540072,
    /// `UNKNOWN`.
    ///
    /// - Unknown server error
    Unknown = 773670273,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// Any other error.
    Other = 0,
}
impl CreateInstancesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            ::std::option::Option::Some("INVALID_ARGUMENT") => {
                return Self::InvalidArgument;
            }
            ::std::option::Option::Some("FAILED_PRECONDITION") => {
                return Self::FailedPrecondition;
            }
            ::std::option::Option::Some("OUT_OF_RANGE") => return Self::OutOfRange,
            ::std::option::Option::Some("CONFLICT") => return Self::Conflict,
            ::std::option::Option::Some("NOT_FOUND") => return Self::NotFound,
            ::std::option::Option::Some("QUOTA_EXCEEDED") => return Self::QuotaExceeded,
            ::std::option::Option::Some("INTERNAL") => return Self::Internal,
            ::std::option::Option::Some("UNKNOWN") => return Self::Unknown,
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            401u16 => Self::Unauthorized,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createKeypair`, made by [`Client::create_keypair`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateKeypair {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    key_name: ::std::string::String,
}
impl CreateKeypair {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("keyName", &self.key_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/keypairs",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("createKeypair");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateKeypairResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateKeypairResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createKeypair` lists. Read one from a service error with [`CreateKeypairErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateKeypairErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl CreateKeypairErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteImage`, made by [`Client::delete_image`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteImage {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    image_id: ::std::string::String,
}
impl DeleteImage {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.image_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/images/{imageId}",
            &[("regionId", path_0.as_str()), ("imageId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "vm", "v1", path)
                .with_operation("deleteImage");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteImage` lists. Read one from a service error with [`DeleteImageErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteImageErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteImageErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteInstance`, made by [`Client::delete_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DeleteInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "vm", "v1", path)
                .with_operation("deleteInstance");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteInstance` lists. Read one from a service error with [`DeleteInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteInstanceErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteInstanceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteKeypair`, made by [`Client::delete_keypair`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteKeypair {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    key_name: ::std::string::String,
}
impl DeleteKeypair {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.key_name.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/keypairs/{keyName}",
            &[("regionId", path_0.as_str()), ("keyName", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "vm", "v1", path)
                .with_operation("deleteKeypair");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteKeypair` lists. Read one from a service error with [`DeleteKeypairErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteKeypairErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteKeypairErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeImage`, made by [`Client::describe_image`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeImage {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    image_id: ::std::string::String,
}
impl DescribeImage {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.image_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/images/{imageId}",
            &[("regionId", path_0.as_str()), ("imageId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("describeImage");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeImageResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeImageResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeImage` lists. Read one from a service error with [`DescribeImageErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeImageErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeImageErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeImageConstraints`, made by [`Client::describe_image_constraints`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeImageConstraints {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    image_id: ::std::string::String,
}
impl DescribeImageConstraints {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.image_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/images/{imageId}/constraints",
            &[("regionId", path_0.as_str()), ("imageId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("describeImageConstraints");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeImageConstraintsResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeImageConstraintsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeImageConstraints` lists. Read one from a service error with [`DescribeImageConstraintsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeImageConstraintsErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeImageConstraintsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeImageConstraintsBatch`, made by [`Client::describe_image_constraints_batch`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeImageConstraintsBatch {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl DescribeImageConstraintsBatch {
    /// `ids`: 镜像ID列表
    pub fn ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.ids = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.ids {
            crate::runtime::push_query(&mut query, "ids", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/imageConstraints",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("describeImageConstraintsBatch");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeImageConstraintsBatchResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeImageConstraintsBatchResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeImageConstraintsBatch` lists. Read one from a service error with [`DescribeImageConstraintsBatchErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeImageConstraintsBatchErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeImageConstraintsBatchErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeImageMembers`, made by [`Client::describe_image_members`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeImageMembers {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    image_id: ::std::string::String,
}
impl DescribeImageMembers {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.image_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/images/{imageId}/members",
            &[("regionId", path_0.as_str()), ("imageId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("describeImageMembers");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeImageMembersResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeImageMembersResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeImageMembers` lists. Read one from a service error with [`DescribeImageMembersErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeImageMembersErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeImageMembersErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeImages`, made by [`Client::describe_images`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeImages {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    image_source: ::std::option::Option<DescribeImagesImageSource>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    platform: ::std::option::Option<DescribeImagesPlatform>,
    root_device_type: ::std::option::Option<::std::string::String>,
    status: ::std::option::Option<::std::string::String>,
}
impl DescribeImages {
    /// `ids`: image ID list,  if this parameter is specified,  other parameters can be null
    ///
    /// **中文**
    ///
    /// 镜像ID列表，如果指定了此参数，其它参数可为空
    pub fn ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.ids = ::std::option::Option::Some(value.into());
        self
    }
    /// `imageSource`: image source,  if no ids parameter is specified,  this parameter is required to pass; value range: public、shared、thirdparty、private
    ///
    /// **中文**
    ///
    /// 镜像来源，如果没有指定ids参数，此参数必传；取值范围：public、shared、thirdparty、private
    pub fn image_source(
        mut self,
        value: impl ::std::convert::Into<DescribeImagesImageSource>,
    ) -> Self {
        self.image_source = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: Page; 1 by default
    ///
    /// **中文**
    ///
    /// 页码；默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Paging size; 20 by default;Value range\[10, 100\]
    ///
    /// **中文**
    ///
    /// 分页大小；默认为20；取值范围\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `platform`: Operating system platform,  range of values: Windows Server,  CentOS,  Ubuntu
    ///
    /// **中文**
    ///
    /// 操作系统平台，取值范围：Windows Server、CentOS、Ubuntu
    pub fn platform(mut self, value: impl ::std::convert::Into<DescribeImagesPlatform>) -> Self {
        self.platform = ::std::option::Option::Some(value.into());
        self
    }
    /// `rootDeviceType`: image-supported system disk types, \[ScanDisk,  click Disk\]
    ///
    /// **中文**
    ///
    /// 镜像支持的系统盘类型，\[localDisk,cloudDisk\]
    pub fn root_device_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.root_device_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `status`: [参考镜像状态](http://docs.jdcloud.com/virtual-machines/api/image_status)
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.ids {
            crate::runtime::push_query(&mut query, "ids", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.image_source {
            crate::runtime::push_query(&mut query, "imageSource", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.platform {
            crate::runtime::push_query(&mut query, "platform", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.root_device_type {
            crate::runtime::push_query(&mut query, "rootDeviceType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.status {
            crate::runtime::push_query(&mut query, "status", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/images",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("describeImages");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeImagesResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeImagesResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
    /// All `images` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Image, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.images.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeImages` lists. Read one from a service error with [`DescribeImagesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeImagesErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeImagesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeInstance`, made by [`Client::describe_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("describeInstance");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeInstance` lists. Read one from a service error with [`DescribeInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeInstanceErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeInstanceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeInstancePrivateIpAddress`, made by [`Client::describe_instance_private_ip_address`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstancePrivateIpAddress {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeInstancePrivateIpAddress {
    /// `filters`: instanceId - 云主机ID，精确匹配，支持多个
    ///
    /// privateIpAddress - 主网卡内网主IP地址，模糊匹配，支持多个
    ///
    /// vpcId - 私有网络ID，精确匹配，支持多个
    ///
    /// status - 云主机状态，精确匹配，支持多个，[参考云主机状态](http://docs.jdcloud.com/virtual-machines/api/vm_status)
    ///
    /// name - 云主机名称，模糊匹配，支持单个
    ///
    /// imageId - 镜像ID，精确匹配，支持多个
    ///
    /// networkInterfaceId - 弹性网卡ID，精确匹配，支持多个
    ///
    /// subnetId - 子网ID，精确匹配，支持多个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码；默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小；默认为20；取值范围\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instancePrivateIpAddress",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("describeInstancePrivateIpAddress");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstancePrivateIpAddressResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstancePrivateIpAddressResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `instancePrivateIpAddress` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<
        Item = ::std::result::Result<InstancePrivateIpAddress, crate::runtime::Error>,
    > {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.instance_private_ip_address.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeInstancePrivateIpAddress` lists. Read one from a service error with [`DescribeInstancePrivateIpAddressErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeInstancePrivateIpAddressErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeInstancePrivateIpAddressErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeInstanceStatus`, made by [`Client::describe_instance_status`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstanceStatus {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeInstanceStatus {
    /// `filters`: instanceId-VM ID, exact match, multiple supported
    ///
    /// PrivateIpAddress-primary private IP address of primary network interface, fuzzy match, multiple supported
    ///
    /// vpcId-Virtual Private Cloud ID, exact match, multiple supported
    ///
    /// status-virtual machine status,  match exactly,  support multiple,  [refer to virtual machine status](https://www.jdcloud.com/help/detail/3869/isCatalog/1)
    ///
    /// name-VM name, fuzzy match, single supported
    ///
    /// imageId-Image ID, exact match, multiple supported
    ///
    /// networkInterfaceId-ENI ID, exact match, multiple supported
    ///
    /// subnetId-subnet ID, exact match, multiple supported
    ///
    /// **中文**
    ///
    /// instanceId - 云主机ID，精确匹配，支持多个
    ///
    /// privateIpAddress - 主网卡内网主IP地址，模糊匹配，支持多个
    ///
    /// vpcId - 私有网络ID，精确匹配，支持多个
    ///
    /// status - 云主机状态，精确匹配，支持多个，[参考云主机状态](http://docs.jdcloud.com/virtual-machines/api/vm_status)
    ///
    /// name - 云主机名称，模糊匹配，支持单个
    ///
    /// imageId - 镜像ID，精确匹配，支持多个
    ///
    /// networkInterfaceId - 弹性网卡ID，精确匹配，支持多个
    ///
    /// subnetId - 子网ID，精确匹配，支持多个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: Page; 1 by default
    ///
    /// **中文**
    ///
    /// 页码；默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Paging size; 20 by default;Value range\[10, 100\]
    ///
    /// **中文**
    ///
    /// 分页大小；默认为20；取值范围\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instanceStatus",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("describeInstanceStatus");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceStatusResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceStatusResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `instanceStatuses` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<InstanceStatus, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.instance_statuses.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeInstanceStatus` lists. Read one from a service error with [`DescribeInstanceStatusErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeInstanceStatusErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeInstanceStatusErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeInstanceTypes`, made by [`Client::describe_instance_types`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstanceTypes {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
}
impl DescribeInstanceTypes {
    /// `filters`: instanceTypes - Instance type, exact match, multiple support
    ///
    /// az-Availability Zone, exact match, multiple supported
    ///
    /// **中文**
    ///
    /// instanceTypes - 实例规格，精确匹配，支持多个
    ///
    /// az - 可用区，精确匹配，支持多个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instanceTypes",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("describeInstanceTypes");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceTypesResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceTypesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeInstanceTypes` lists. Read one from a service error with [`DescribeInstanceTypesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeInstanceTypesErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeInstanceTypesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeInstanceVncUrl`, made by [`Client::describe_instance_vnc_url`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstanceVncUrl {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeInstanceVncUrl {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/vnc",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("describeInstanceVncUrl");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceVncUrlResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceVncUrlResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeInstanceVncUrl` lists. Read one from a service error with [`DescribeInstanceVncUrlErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeInstanceVncUrlErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeInstanceVncUrlErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeInstances`, made by [`Client::describe_instances`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstances {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeInstances {
    /// `filters`: instanceId-VM ID, exact match, multiple supported
    ///
    /// PrivateIpAddress-primary private IP address of primary network interface, fuzzy match, multiple supported
    ///
    /// az-AZ,  exact match,  multiple supported
    ///
    /// vpcId-Virtual Private Cloud ID, exact match, multiple supported
    ///
    /// status-virtual machine status,  match exactly,  support multiple,  [refer to virtual machine status](https://www.jdcloud.com/help/detail/3869/isCatalog/1)
    ///
    /// name-VM name, fuzzy match, single supported
    ///
    /// imageId-Image ID, exact match, multiple supported
    ///
    /// networkInterfaceId-ENI ID, exact match, multiple supported
    ///
    /// subnetId-subnet ID, exact match, multiple supported
    ///
    /// agId-Use the AG id, single supported
    ///
    /// faultDomain-Error domain, multiple supported
    ///
    /// **中文**
    ///
    /// instanceId - 云主机ID，精确匹配，支持多个
    ///
    /// privateIpAddress - 主网卡内网主IP地址，模糊匹配，支持多个
    ///
    /// az - 可用区，精确匹配，支持多个
    ///
    /// vpcId - 私有网络ID，精确匹配，支持多个
    ///
    /// status - 云主机状态，精确匹配，支持多个，[参考云主机状态](http://docs.jdcloud.com/virtual-machines/api/vm_status)
    ///
    /// name - 云主机名称，模糊匹配，支持单个
    ///
    /// imageId - 镜像ID，精确匹配，支持多个
    ///
    /// networkInterfaceId - 弹性网卡ID，精确匹配，支持多个
    ///
    /// subnetId - 子网ID，精确匹配，支持多个
    ///
    /// agId - 使用可用组id，支持单个
    ///
    /// faultDomain - 错误域，支持多个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: Page; 1 by default
    ///
    /// **中文**
    ///
    /// 页码；默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Paging size;20 by default;Value range\[10, 100\]
    ///
    /// **中文**
    ///
    /// 分页大小；默认为20；取值范围\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("describeInstances");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstancesResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstancesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `instances` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Instance, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.instances.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeInstances` lists. Read one from a service error with [`DescribeInstancesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeInstancesErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeInstancesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeKeypairs`, made by [`Client::describe_keypairs`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeKeypairs {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeKeypairs {
    /// `filters`: keyNames - key pair name, exact match, support many
    ///
    /// **中文**
    ///
    /// keyNames - 密钥对名称，精确匹配，支持多个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: Page Number; 1 by Default
    ///
    /// **中文**
    ///
    /// 页码；默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Page size; it is 20 by default; value range\[10, 100\]
    ///
    /// **中文**
    ///
    /// 分页大小；默认为20；取值范围\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/keypairs",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("describeKeypairs");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeKeypairsResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeKeypairsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `keypairs` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Keypair, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.keypairs.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeKeypairs` lists. Read one from a service error with [`DescribeKeypairsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeKeypairsErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeKeypairsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeQuotas`, made by [`Client::describe_quotas`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeQuotas {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    image_id: ::std::option::Option<::std::string::String>,
}
impl DescribeQuotas {
    /// `filters`: resourceTypes - Resource types, multiple support \[instance, keyair, image, instanceTemplate\]
    ///
    /// **中文**
    ///
    /// resourceTypes - 资源类型，支持多个\[instance，keypair，image，instanceTemplate，imageShare\]
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `imageId`: Private image Id, this parameter must be uploaded when querying imageShare quota
    ///
    /// **中文**
    ///
    /// 私有镜像Id，查询镜像共享(imageShare)配额时，此参数必传
    pub fn image_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.image_id {
            crate::runtime::push_query(&mut query, "imageId", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/quotas",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("describeQuotas");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeQuotasResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeQuotasResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeQuotas` lists. Read one from a service error with [`DescribeQuotasErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeQuotasErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeQuotasErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `detachDisk`, made by [`Client::detach_disk`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DetachDisk {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    disk_id: ::std::string::String,
    force: ::std::option::Option<bool>,
}
impl DetachDisk {
    /// `force`: 强制缷载，默认False。如果此参数传值为True，代表数据盘的IO会被强制断掉。
    pub fn force(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.force = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("diskId", &self.disk_id)?;
        if let ::std::option::Option::Some(value) = &self.force {
            body.member("force", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:detachDisk",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("detachDisk");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `detachDisk` lists. Read one from a service error with [`DetachDiskErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DetachDiskErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DetachDiskErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `detachNetworkInterface`, made by [`Client::detach_network_interface`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DetachNetworkInterface {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    network_interface_id: ::std::string::String,
}
impl DetachNetworkInterface {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("networkInterfaceId", &self.network_interface_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:detachNetworkInterface",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("detachNetworkInterface");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `detachNetworkInterface` lists. Read one from a service error with [`DetachNetworkInterfaceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DetachNetworkInterfaceErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DetachNetworkInterfaceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `disassociateElasticIp`, made by [`Client::disassociate_elastic_ip`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisassociateElasticIp {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    elastic_ip_id: ::std::string::String,
}
impl DisassociateElasticIp {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("elasticIpId", &self.elastic_ip_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:disassociateElasticIp",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("disassociateElasticIp");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `disassociateElasticIp` lists. Read one from a service error with [`DisassociateElasticIpErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisassociateElasticIpErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DisassociateElasticIpErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `importKeypair`, made by [`Client::import_keypair`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportKeypair {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    key_name: ::std::string::String,
    public_key: ::std::string::String,
}
impl ImportKeypair {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("keyName", &self.key_name)?;
        body.member("publicKey", &self.public_key)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/keypairs:import",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("importKeypair");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<ImportKeypairResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<ImportKeypairResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `importKeypair` lists. Read one from a service error with [`ImportKeypairErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportKeypairErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ImportKeypairErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyImageAttribute`, made by [`Client::modify_image_attribute`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyImageAttribute {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    image_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    name: ::std::option::Option<::std::string::String>,
}
impl ModifyImageAttribute {
    /// `description`: 描述，[参考公共参数规范](http://docs.jdcloud.com/virtual-machines/api/general_parameters)。
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `name`: 名称，[参考公共参数规范](http://docs.jdcloud.com/virtual-machines/api/general_parameters)。
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.image_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.name {
            body.member("name", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/images/{imageId}:modifyImageAttribute",
            &[("regionId", path_0.as_str()), ("imageId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("modifyImageAttribute");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyImageAttribute` lists. Read one from a service error with [`ModifyImageAttributeErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyImageAttributeErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ModifyImageAttributeErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyInstanceAttribute`, made by [`Client::modify_instance_attribute`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyInstanceAttribute {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    name: ::std::option::Option<::std::string::String>,
}
impl ModifyInstanceAttribute {
    /// `description`: Description, [Refer to the public parameter specification](https://www.jdcloud.com/help/detail/3870/isCatalog/1).
    ///
    /// **中文**
    ///
    /// 描述，[参考公共参数规范](http://docs.jdcloud.com/virtual-machines/api/general_parameters)。
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `name`: Name, [Refer to the public parameter specification](https://www.jdcloud.com/help/detail/3870/isCatalog/1).
    ///
    /// **中文**
    ///
    /// 名称，[参考公共参数规范](http://docs.jdcloud.com/virtual-machines/api/general_parameters)。
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.name {
            body.member("name", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:modifyInstanceAttribute",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("modifyInstanceAttribute");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyInstanceAttribute` lists. Read one from a service error with [`ModifyInstanceAttributeErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyInstanceAttributeErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ModifyInstanceAttributeErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyInstanceDiskAttribute`, made by [`Client::modify_instance_disk_attribute`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyInstanceDiskAttribute {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    data_disks: ::std::option::Option<::std::vec::Vec<InstanceDiskAttribute>>,
}
impl ModifyInstanceDiskAttribute {
    /// `dataDisks`: 云硬盘列表
    pub fn data_disks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceDiskAttribute>>,
    ) -> Self {
        self.data_disks = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.data_disks {
            body.member("dataDisks", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:modifyInstanceDiskAttribute",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("modifyInstanceDiskAttribute");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyInstanceDiskAttribute` lists. Read one from a service error with [`ModifyInstanceDiskAttributeErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyInstanceDiskAttributeErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ModifyInstanceDiskAttributeErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyInstanceNetworkAttribute`, made by [`Client::modify_instance_network_attribute`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyInstanceNetworkAttribute {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    networks: ::std::option::Option<::std::vec::Vec<InstanceNetworkAttribute>>,
}
impl ModifyInstanceNetworkAttribute {
    /// `networks`: 弹性网卡列表
    pub fn networks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceNetworkAttribute>>,
    ) -> Self {
        self.networks = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.networks {
            body.member("networks", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:modifyInstanceNetworkAttribute",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("modifyInstanceNetworkAttribute");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyInstanceNetworkAttribute` lists. Read one from a service error with [`ModifyInstanceNetworkAttributeErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyInstanceNetworkAttributeErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ModifyInstanceNetworkAttributeErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyInstancePassword`, made by [`Client::modify_instance_password`]. Set optional parameters, then call `send`.
#[derive(Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyInstancePassword {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    password: ::std::string::String,
}
impl ::std::fmt::Debug for ModifyInstancePassword {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ModifyInstancePassword")
            .field("regionId", &self.region_id)
            .field("instanceId", &self.instance_id)
            .field("password", &"***")
            .finish_non_exhaustive()
    }
}
impl ModifyInstancePassword {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("password", &self.password)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:modifyInstancePassword",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("modifyInstancePassword");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyInstancePassword` lists. Read one from a service error with [`ModifyInstancePasswordErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyInstancePasswordErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ModifyInstancePasswordErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `rebootInstance`, made by [`Client::reboot_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RebootInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl RebootInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:rebootInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("rebootInstance");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `rebootInstance` lists. Read one from a service error with [`RebootInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RebootInstanceErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl RebootInstanceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `rebuildInstance`, made by [`Client::rebuild_instance`]. Set optional parameters, then call `send`.
#[derive(Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RebuildInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    image_id: ::std::option::Option<::std::string::String>,
    key_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    password: ::std::string::String,
}
impl ::std::fmt::Debug for RebuildInstance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RebuildInstance")
            .field("regionId", &self.region_id)
            .field("instanceId", &self.instance_id)
            .field("imageId", &self.image_id)
            .field("keyNames", &self.key_names)
            .field("password", &"***")
            .finish_non_exhaustive()
    }
}
impl RebuildInstance {
    /// `imageId`: 镜像ID。可查询[DescribeImages](http://docs.jdcloud.com/virtual-machines/api/describeimages)接口获得指定地域的镜像信息。
    pub fn image_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `keyNames`: 密钥对名称；当前只支持一个。仅Linux系统支持指定。
    pub fn key_names(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.key_names = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.image_id {
            body.member("imageId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.key_names {
            body.member("keyNames", value)?;
        }
        body.member("password", &self.password)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:rebuildInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("rebuildInstance");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `rebuildInstance` lists. Read one from a service error with [`RebuildInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RebuildInstanceErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl RebuildInstanceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `resizeInstance`, made by [`Client::resize_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ResizeInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    instance_type: ::std::string::String,
}
impl ResizeInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("instanceType", &self.instance_type)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:resizeInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("resizeInstance");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `resizeInstance` lists. Read one from a service error with [`ResizeInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResizeInstanceErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ResizeInstanceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `shareImage`, made by [`Client::share_image`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ShareImage {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    image_id: ::std::string::String,
    pins: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ShareImage {
    /// `pins`: The account that needs to be shared
    ///
    /// **中文**
    ///
    /// 需要共享的帐户
    pub fn pins(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.pins = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.image_id.to_string();
        if let ::std::option::Option::Some(value) = &self.pins {
            body.member("pins", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/images/{imageId}:share",
            &[("regionId", path_0.as_str()), ("imageId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("shareImage");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `shareImage` lists. Read one from a service error with [`ShareImageErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ShareImageErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ShareImageErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `startInstance`, made by [`Client::start_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl StartInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:startInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("startInstance");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `startInstance` lists. Read one from a service error with [`StartInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StartInstanceErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl StartInstanceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `stopInstance`, made by [`Client::stop_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StopInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl StopInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:stopInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("stopInstance");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `stopInstance` lists. Read one from a service error with [`StopInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StopInstanceErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl StopInstanceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `unShareImage`, made by [`Client::un_share_image`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UnShareImage {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    image_id: ::std::string::String,
    pins: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl UnShareImage {
    /// `pins`: 需要取消的帐户
    pub fn pins(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.pins = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.image_id.to_string();
        if let ::std::option::Option::Some(value) = &self.pins {
            body.member("pins", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/images/{imageId}:unshare",
            &[("regionId", path_0.as_str()), ("imageId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vm", "v1", path)
                .with_operation("unShareImage");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `unShareImage` lists. Read one from a service error with [`UnShareImageErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnShareImageErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl UnShareImageErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `verifyInstanceTemplate`, made by [`Client::verify_instance_template`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct VerifyInstanceTemplate {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_template_id: ::std::string::String,
}
impl VerifyInstanceTemplate {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_template_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instanceTemplates/{instanceTemplateId}:verify",
            &[
                ("regionId", path_0.as_str()),
                ("instanceTemplateId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vm", "v1", path)
                .with_operation("verifyInstanceTemplate");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `verifyInstanceTemplate` lists. Read one from a service error with [`VerifyInstanceTemplateErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VerifyInstanceTemplateErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// Any other error.
    Other = 0,
}
impl VerifyInstanceTemplateErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
