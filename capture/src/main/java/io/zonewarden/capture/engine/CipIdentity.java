package io.zonewarden.capture.engine;

/**
 * The raw fields of the last List Identity reply a device sent. A scanner asks every few seconds and each device
 * answers with the same bytes; comparing them with the last reply lets a repeat pass without making its text again.
 */
final class CipIdentity {
    private final int vendorId, deviceType, productCode, revision;
    private final long serial;
    private final byte[] name;

    CipIdentity(int vendorId, int deviceType, int productCode, int revision, long serial, byte[] name) {
        this.vendorId = vendorId;
        this.deviceType = deviceType;
        this.productCode = productCode;
        this.revision = revision;
        this.serial = serial;
        this.name = name;
    }

    /** A reply's fields, with the product name copied from {@code buf}. */
    static CipIdentity of(
            int vendorId,
            int deviceType,
            int productCode,
            int revision,
            long serial,
            byte[] buf,
            int nameOffset,
            int nameLength) {
        var name = new byte[nameLength];
        System.arraycopy(buf, nameOffset, name, 0, name.length);
        return new CipIdentity(vendorId, deviceType, productCode, revision, serial, name);
    }

    /** True when a reply carries exactly these fields and these product name bytes. */
    boolean sameAs(
            int vendorId,
            int deviceType,
            int productCode,
            int revision,
            long serial,
            byte[] buf,
            int nameOffset,
            int nameLength) {
        if (vendorId != this.vendorId
                || deviceType != this.deviceType
                || productCode != this.productCode
                || revision != this.revision
                || serial != this.serial
                || nameLength != name.length) {
            return false;
        }
        for (int i = 0; i < nameLength; i++) {
            if (buf[nameOffset + i] != name[i]) {
                return false;
            }
        }
        return true;
    }
}
