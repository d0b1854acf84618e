package io.zonewarden.core.model;

import io.zonewarden.core.catalog.SecurityLevelVector;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An asset of the system under consideration (IEC 62443-3-2 ZCR 1): a device or application with its network
 * identity and the attributes the partitioning rules of ZCR 3 look at.
 *
 * @param partNumber the vendor's order or part number (e.g. Siemens 6ES7 516-3FN01-0AB0), which identifies the product
 *     in vendors' and CISA's security advisories more surely than its model name
 * @param slCapability the SL-C the asset reaches when properly configured (IEC 62443-4-2), when known
 */
public record Asset(
        String id,
        String name,
        AssetType type,
        @Nullable String vendor,
        @Nullable String model,
        @Nullable String partNumber,
        @Nullable String firmware,
        List<IpAddress> ip,
        @Nullable MacAddress mac,
        @Nullable PurdueLevel purdue,
        boolean safety,
        boolean wireless,
        boolean temporary,
        boolean external,
        @Nullable Criticality criticality,
        @Nullable SecurityLevelVector slCapability,
        @Nullable String description) {

    public Asset {
        Ids.require(id, "asset");
        ip = List.copyOf(ip);
    }

    public static Builder builder(String id, AssetType type) {
        return new Builder(id, type);
    }

    /** True for safety-related assets: declared so, or a safety PLC (IEC 62443-3-2 ZCR 3.3). */
    public boolean isSafetyRelated() {
        return safety || type == AssetType.SAFETY_PLC;
    }

    /** Builds an asset field by field; the name defaults to the id. */
    public static final class Builder {
        private final String id;
        private final AssetType type;
        private @Nullable String name;
        private @Nullable String vendor;
        private @Nullable String model;
        private @Nullable String partNumber;
        private @Nullable String firmware;
        private List<IpAddress> ip = List.of();
        private @Nullable MacAddress mac;
        private @Nullable PurdueLevel purdue;
        private boolean safety;
        private boolean wireless;
        private boolean temporary;
        private boolean external;
        private @Nullable Criticality criticality;
        private @Nullable SecurityLevelVector slCapability;
        private @Nullable String description;

        private Builder(String id, AssetType type) {
            this.id = id;
            this.type = type;
        }

        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        public Builder vendor(@Nullable String vendor) {
            this.vendor = vendor;
            return this;
        }

        public Builder model(@Nullable String model) {
            this.model = model;
            return this;
        }

        public Builder partNumber(@Nullable String partNumber) {
            this.partNumber = partNumber;
            return this;
        }

        public Builder firmware(@Nullable String firmware) {
            this.firmware = firmware;
            return this;
        }

        public Builder ip(List<IpAddress> ip) {
            this.ip = ip;
            return this;
        }

        public Builder ip(String... ip) {
            this.ip = java.util.Arrays.stream(ip).map(IpAddress::parse).toList();
            return this;
        }

        public Builder mac(@Nullable MacAddress mac) {
            this.mac = mac;
            return this;
        }

        public Builder purdue(@Nullable PurdueLevel purdue) {
            this.purdue = purdue;
            return this;
        }

        public Builder safety(boolean safety) {
            this.safety = safety;
            return this;
        }

        public Builder wireless(boolean wireless) {
            this.wireless = wireless;
            return this;
        }

        public Builder temporary(boolean temporary) {
            this.temporary = temporary;
            return this;
        }

        public Builder external(boolean external) {
            this.external = external;
            return this;
        }

        public Builder criticality(@Nullable Criticality criticality) {
            this.criticality = criticality;
            return this;
        }

        public Builder slCapability(@Nullable SecurityLevelVector slCapability) {
            this.slCapability = slCapability;
            return this;
        }

        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        public Asset build() {
            return new Asset(
                    id,
                    name == null ? id : name,
                    type,
                    vendor,
                    model,
                    partNumber,
                    firmware,
                    ip,
                    mac,
                    purdue,
                    safety,
                    wireless,
                    temporary,
                    external,
                    criticality,
                    slCapability,
                    description);
        }
    }
}
