package org.hrdcasework.crypto;

import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and rewrites encrypted columns; table and column come from {@link EncryptedColumn} constants only. */
@Mapper
interface KeyRotationMapper {

    /** A stored ciphertext with its row id. */
    record StoredValue(UUID id, byte[] value) {
    }

    List<StoredValue> findAll(@Param("column") EncryptedColumn column);

    int update(@Param("column") EncryptedColumn column, @Param("id") UUID id, @Param("value") byte[] value);
}
