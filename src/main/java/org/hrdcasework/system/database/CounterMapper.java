package org.hrdcasework.system.database;

import org.apache.ibatis.annotations.Mapper;

/** Gap-tolerant, transaction-safe counters for human-readable references. */
@Mapper
public interface CounterMapper {

    /** Increments the named counter (creating it at 1) and returns the new value; locks the row until commit. */
    long next(String name);
}
